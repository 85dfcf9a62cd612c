namespace ReviewEngine.Infrastructure.CaseFiles;

/// <summary>One file of the exported ZIP, as listed in the cover index.</summary>
public sealed record CaseFileEntry(int Order, string Section, int? Round, string EntryName, string Sha256, byte[] Bytes);
