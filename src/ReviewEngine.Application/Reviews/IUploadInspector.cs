namespace ReviewEngine.Application.Reviews;

/// <summary>
/// Checks an uploaded file before anything is saved (size, type, a readable Word package, no macros, no zip bomb);
/// refuses with <see cref="Common.InvalidInputException"/>. Implemented in Infrastructure, which knows Word packages.
/// </summary>
public interface IUploadInspector
{
    DocumentUpload Inspect(IncomingFile file);
}
