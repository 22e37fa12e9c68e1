using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Serves the Hangfire dashboard at <see cref="Path"/> behind <see cref="DashboardOriginCheck"/> and <see cref="DashboardGate"/>;
/// Hangfire itself then checks the antiforgery token of state-changing requests (see <see cref="DashboardServices"/>).
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/hangfire";

    public static WebApplication UseServerStatusDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DashboardAccessOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), branch => branch.UseMiddleware<DashboardOriginCheck>().UseMiddleware<DashboardGate>());
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new GatePassedFilter()],
            IsReadOnlyFunc = context => context.GetHttpContext().Items.TryGetValue(DashboardGate.ReadOnlyKey, out var readOnly) && readOnly is true,
            DashboardTitle = "ServerStatus jobs",
            DisplayStorageConnectionString = false,
            AppPath = null,
        });
        return app;
    }
}
