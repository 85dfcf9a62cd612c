namespace ReviewEngine.Domain.Normative;

/// <summary>备案: the date the document was filed and with whom (区人民政府/区司法局, 人大主席团).</summary>
public sealed record FilingRecord(DateOnly FiledOn, string FiledWith);
