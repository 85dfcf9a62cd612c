namespace ReviewEngine.Application.Opinions;

/// <summary>One expert's written opinion from the consultation, flagged when it dissents.</summary>
public sealed record ExpertOpinionEntry(string Expert, string Text, bool Dissent);
