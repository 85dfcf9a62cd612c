namespace ReviewEngine.Domain.Reviews;

public enum WorkItemStatus
{
    Open,
    Completed,
    Cancelled,
}
