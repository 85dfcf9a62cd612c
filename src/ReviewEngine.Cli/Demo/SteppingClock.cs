namespace ReviewEngine.Cli.Demo;

/// <summary>A clock the demo moves forward by hand (a working day per step), so due dates and holidays show.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
