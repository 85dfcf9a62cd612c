using System.Text;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// RFC 4180 records with the line each starts on (a quoted cell may span lines). Written out because the
/// format is small and the line numbers must be exact for the import's error report.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Line, List<string> Cells)> Read(string text)
    {
        var line = 1;
        var start = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    cell.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    if (cells.Any(c => c.Trim().Length > 0))
                    {
                        yield return (start, cells);
                    }

                    cells = [];
                    line++;
                    start = line;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }
        }

        cells.Add(cell.ToString());
        if (cells.Any(c => c.Trim().Length > 0))
        {
            yield return (start, cells);
        }
    }
}
