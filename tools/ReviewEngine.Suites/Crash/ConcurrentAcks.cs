namespace ReviewEngine.Suites.Crash;

/// <summary>The client-side log of acknowledged writes, shared by the workers and also written to a file as it grows.</summary>
public sealed class ConcurrentAcks(string logPath)
{
    private readonly List<Acknowledgement> _acks = [];

    public void Add(Acknowledgement ack)
    {
        lock (_acks)
        {
            _acks.Add(ack);
            File.AppendAllText(logPath, $"{ack.CaseId} {ack.Action} v{ack.Version} {string.Join(",", ack.DocumentSha256)}\n");
        }
    }

    public IReadOnlyList<Acknowledgement> Snapshot()
    {
        lock (_acks)
        {
            return [.. _acks];
        }
    }
}
