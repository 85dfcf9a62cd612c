namespace ReviewEngine.Domain.Workflows;

/// <summary>What an action does to the case's review clock. File values: start, pause, resume, extend, stop.</summary>
public enum ClockEffect
{
    None,
    Start,
    Pause,
    Resume,
    Extend,
    Stop,
}
