using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// Reuses built state machines per workflow definition. Building one costs more than firing it (Stateless reflects
/// over every guard delegate), and a machine may not be shared between threads, so each is rented by one case at a
/// time: its state accessors and guards read the case currently bound to it.
/// </summary>
internal static class ReviewMachinePool
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, ConcurrentBag<PooledMachine>> Pools = [];

    public static PooledMachine Rent(WorkflowDefinition wf, ReviewCase c)
    {
        var pool = Pools.GetValue(wf, _ => []);
        var machine = pool.TryTake(out var m) ? m : new PooledMachine(wf, pool);
        machine.Bind(c);
        return machine;
    }

    internal sealed class PooledMachine : IDisposable
    {
        private readonly ConcurrentBag<PooledMachine> _pool;
        private ReviewCase? _case;

        public PooledMachine(WorkflowDefinition wf, ConcurrentBag<PooledMachine> pool)
        {
            _pool = pool;
            Workflow = wf;
            // Stateless reads the state once while constructing, before any case is bound.
            Machine = ReviewMachineFactory.Build(wf, () => _case?.State ?? wf.InitialState, s => Case.MoveTo(s), (a, r) => GuardEvaluator.Unmet(a, Case, wf, r).Count == 0);
        }

        public WorkflowDefinition Workflow { get; }

        public ReviewMachineFactory.Machine Machine { get; }

        private ReviewCase Case => _case ?? throw new InvalidOperationException("state machine used while not rented");

        public void Bind(ReviewCase c) => _case = c;

        public void Dispose()
        {
            _case = null;
            _pool.Add(this);
        }
    }
}
