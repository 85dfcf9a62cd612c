namespace ReviewEngine.Application.Statistics;

/// <summary>Writes the 统计 tables as an .xlsx workbook, one sheet per table (OpenXml lives in Infrastructure).</summary>
public interface IStatisticsWorkbookWriter
{
    void Write(IReadOnlyList<StatisticsTable> tables, Stream output);
}
