using System.Text;

namespace ReviewEngine.Application.Reviews;

/// <summary>
/// A file as a page or the API received it with an action, not yet inspected: <see cref="PerformCaseActionHandler"/>
/// has it inspected (<see cref="IUploadInspector"/>) once the case, its version and the acting role are settled.
/// </summary>
/// <param name="IsPastedText">Text typed into the form rather than a file: stored as UTF-8 text under a fixed name.</param>
public sealed record IncomingFile(string FileName, byte[] Bytes, string? MaterialId, bool IsPastedText = false)
{
    public const string PastedTextName = "粘贴文本.txt";

    public static IncomingFile PastedText(string text, string? materialId) => new(PastedTextName, Encoding.UTF8.GetBytes(text), materialId, IsPastedText: true);
}
