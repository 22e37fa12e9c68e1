using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>Finds the one stored row of a scope in a listing (the contracts of the watch stores).</summary>
public static class ContractListExtensions
{
    public static AlertRoute ShouldContain1(this IReadOnlyList<AlertRoute> routes, string scope) =>
        routes.Where(r => r.Scope == scope).ShouldHaveSingleItem();

    public static AlertMute ShouldContain1(this IReadOnlyList<AlertMute> mutes, string server) =>
        mutes.Where(m => m.Server == server).ShouldHaveSingleItem();

    public static MaintenanceWindow ShouldContain1(this IReadOnlyList<MaintenanceWindow> windows, string scope) =>
        windows.Where(w => w.Scope == scope).ShouldHaveSingleItem();
}
