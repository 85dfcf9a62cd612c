using System.Globalization;
using System.Text;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// Reads the expert import CSV: UTF-8 (with or without BOM) or GB18030 (what Excel writes on Chinese Windows),
/// Chinese or English headers, and reports every bad cell as line, column and reason.
/// </summary>
public static class ExpertCsvReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd"];

    /// <summary>Strict UTF-8 first; bytes that are not UTF-8 are GB18030 (a superset of GBK/GB2312).</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // The code-pages provider ships with .NET but must be registered before GB18030 can be asked for.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    public static ExpertImport Read(byte[] bytes) => Read(Decode(bytes));

    public static ExpertImport Read(string text)
    {
        var records = CsvRecords.Read(text).ToList();
        if (records.Count == 0)
        {
            return new ExpertImport([], [new ImportError(1, 0, "", "文件为空")]);
        }

        var (headerLine, header) = records[0];
        var errors = new List<ImportError>();
        var columns = MapHeader(headerLine, header, errors);
        if (errors.Count > 0)
        {
            return new ExpertImport([], errors);
        }

        var rows = new List<ExpertProfile>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var (line, cells) in records.Skip(1))
        {
            var row = new ExpertCsvRow(line, cells, columns, header);
            var profile = row.Parse(errors);
            if (profile is null)
            {
                continue;
            }

            if (seen.TryGetValue((profile.Name, profile.Organisation), out var first))
            {
                errors.Add(row.Error("name", $"与第 {first} 行重复（同一单位的同名专家）"));
                continue;
            }

            seen[(profile.Name, profile.Organisation)] = line;
            rows.Add(profile);
        }

        return new ExpertImport(errors.Count == 0 ? rows : [], errors);
    }

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static Dictionary<string, int> MapHeader(int line, List<string> header, List<ImportError> errors)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var id = ExpertCsvColumns.IdOf(header[i]);
            if (id is null)
            {
                errors.Add(new ImportError(line, i + 1, header[i], $"未知列「{header[i].Trim()}」"));
            }
            else if (!columns.TryAdd(id, i))
            {
                errors.Add(new ImportError(line, i + 1, header[i], "列重复"));
            }
        }

        foreach (var missing in ExpertCsvColumns.All.Where(c => c.Required && !columns.ContainsKey(c.Id)))
        {
            errors.Add(new ImportError(line, 0, missing.Id, $"缺少列「{missing.Chinese}」（{missing.Id}）"));
        }

        return columns;
    }
}
