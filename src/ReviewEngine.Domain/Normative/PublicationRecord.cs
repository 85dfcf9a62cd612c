namespace ReviewEngine.Domain.Normative;

/// <summary>公布: date, 文号 and where the document was published (婺城区人民政府网站, 政府公报 …). 备案 is counted from this date.</summary>
public sealed record PublicationRecord(DateOnly PublishedOn, string DocumentNumber, string Channel);
