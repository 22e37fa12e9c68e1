using Hangfire.Dashboard;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>Hangfire's own check: lets through only what <see cref="DashboardGate"/> let through (replaces Hangfire's local-only default).</summary>
public sealed class GatePassedFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().Items.TryGetValue(DashboardGate.PassedKey, out var passed) && passed is true;
}
