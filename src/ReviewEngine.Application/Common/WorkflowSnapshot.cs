namespace ReviewEngine.Application.Common;

/// <summary>The exact text of a workflow version a case was pinned to, so an edited or deleted file never changes a case in flight.</summary>
public sealed class WorkflowSnapshot
{
    private WorkflowSnapshot()
    {
        WorkflowId = ContentHash = Json = FileName = "";
    }

    public WorkflowSnapshot(string workflowId, int version, string contentHash, string fileName, string json)
    {
        WorkflowId = workflowId;
        Version = version;
        ContentHash = contentHash;
        FileName = fileName;
        Json = json;
    }

    public string WorkflowId { get; private set; }
    public int Version { get; private set; }
    public string ContentHash { get; private set; }
    public string FileName { get; private set; }
    public string Json { get; private set; }
}
