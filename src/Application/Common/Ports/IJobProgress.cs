using ServerStatus.Application.Common.Progress;

namespace ServerStatus.Application.Common.Ports;

/// <summary>
/// Where a long job (backup, restore) tells how far it is. Scoped: the entry point decides who listens
/// (a Discord reply being edited); when nobody does, reports go nowhere. Reporting must stay cheap.
/// </summary>
public interface IJobProgress
{
    void Report(JobProgress progress);
}
