using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Watch;

/// <summary>The maintenance windows in force at one moment, read in one query; a server's own window wins over <c>*</c>.</summary>
public sealed record ActiveMaintenance(IReadOnlyList<MaintenanceView> Windows, DateTimeOffset Now)
{
    public static ActiveMaintenance None { get; } = new([], DateTimeOffset.MinValue);

    public static ActiveMaintenance Of(IEnumerable<MaintenanceWindow> windows, DateTimeOffset now) =>
        new([.. windows.Where(w => w.IsActiveAt(now)).Select(MaintenanceView.From)], now);

    /// <summary>The window a server is in, or null.</summary>
    public MaintenanceView? For(ServerId server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Windows.FirstOrDefault(w => w.Scope == server.QualifiedName) ?? Windows.FirstOrDefault(w => w.IsEverywhere);
    }

    /// <summary>"in maintenance until 15:00 UTC: upgrading the map", as sentences about the server say it.</summary>
    public string Describe(MaintenanceView window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var until = window.Until is { } end ? $"until {WatchTime.At(end, Now)}" : "until an admin ends it";
        return window.Reason.Length > 0 ? $"in maintenance {until}: {window.Reason}" : $"in maintenance {until}";
    }
}

/// <summary>One maintenance window as views and replies show it.</summary>
public sealed record MaintenanceView(string Scope, string Reason, ulong StartedBy, DateTimeOffset StartedAt, DateTimeOffset? Until)
{
    public bool IsEverywhere => Scope == MaintenanceWindow.AllServers;

    /// <summary>The server's name without its engine, or <c>*</c>.</summary>
    public string Server => IsEverywhere ? Scope : ServerName.Parse(Scope).Name;

    public static MaintenanceView From(MaintenanceWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new(window.Scope, window.Reason, window.StartedBy, window.StartedAt, window.Until);
    }
}

/// <summary>Reads the windows in force now (one query), for the overview, the card, power actions and the alert policy.</summary>
public sealed class MaintenanceLookup(IMaintenanceRepository windows, TimeProvider time)
{
    public async Task<ActiveMaintenance> LoadAsync(CancellationToken ct) => ActiveMaintenance.Of(await windows.ListAsync(ct), time.GetUtcNow());
}
