using System.Globalization;

namespace ReviewEngine.Domain.Experts;

/// <summary>One data row of the import: reads each cell by column id and collects an error per bad cell.</summary>
internal sealed class ExpertCsvRow(int line, List<string> cells, Dictionary<string, int> columns, List<string> header)
{
    private readonly List<ImportError> _errors = [];

    public ImportError Error(string columnId, string reason)
    {
        var index = columns[columnId];
        return new ImportError(line, index + 1, header[index].Trim(), reason);
    }

    public ExpertProfile? Parse(List<ImportError> errors)
    {
        if (cells.Count > header.Count)
        {
            _errors.Add(new ImportError(line, header.Count + 1, "", $"多出 {cells.Count - header.Count} 个单元格（应为 {header.Count} 列；含逗号的内容须加英文双引号）"));
        }

        var name = Text("name", required: true);
        var organisation = Text("organisation", required: true);
        var typeText = Text("organisationType", required: true);
        var type = default(OrganisationType);
        if (typeText.Length > 0 && !OrganisationTypes.TryParse(typeText, out type))
        {
            Add("organisationType", $"未知单位类型「{typeText}」（应为 {OrganisationTypes.AllowedText}）");
        }

        var title = Text("title", required: false);
        var fields = ExpertProfile.SplitList(Text("fields", required: true));
        if (fields.Count == 0 && Cell("fields").Length > 0)
        {
            Add("fields", "至少填写一个专业领域");
        }

        var years = Years();
        var start = Date("termStart");
        var end = Date("termEnd");
        if (start is { } s && end is { } e && e < s)
        {
            Add("termEnd", $"聘期结束（{e:yyyy-MM-dd}）早于聘期开始（{s:yyyy-MM-dd}）");
        }

        var statusText = Cell("status");
        if (!ExpertStatuses.TryParse(statusText, out var status))
        {
            Add("status", $"未知状态「{statusText}」（应为 {ExpertStatuses.AllowedText}，留空为在库）");
        }

        var conflicts = ExpertProfile.SplitList(Cell("conflicts"));
        var userId = columns.ContainsKey("userId") ? Cell("userId") : "";
        errors.AddRange(_errors);
        return _errors.Count > 0 ? null
            : new ExpertProfile(name, organisation, type, title, fields, years!.Value, start!.Value, end!.Value, status, conflicts, userId.Length == 0 ? null : userId);
    }

    private int? Years()
    {
        var text = Text("yearsInField", required: true);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years > 80)
        {
            Add("yearsInField", $"从业年限须为 0–80 的整数（「{text}」）");
            return null;
        }

        return years;
    }

    private DateOnly? Date(string id)
    {
        var text = Text(id, required: true);
        if (text.Length == 0)
        {
            return null;
        }

        if (!ExpertCsvReader.TryDate(text, out var date))
        {
            Add(id, $"日期格式无效「{text}」（应为 yyyy-MM-dd）");
            return null;
        }

        return date;
    }

    private string Text(string id, bool required)
    {
        var value = Cell(id);
        if (required && value.Length == 0 && columns[id] < cells.Count)
        {
            Add(id, "不能为空");
        }
        else if (required && columns[id] >= cells.Count)
        {
            Add(id, "缺少该单元格（本行列数不足）");
        }

        return value;
    }

    private string Cell(string id) => columns.TryGetValue(id, out var i) && i < cells.Count ? cells[i].Trim() : "";

    private void Add(string id, string reason) => _errors.Add(Error(id, reason));
}
