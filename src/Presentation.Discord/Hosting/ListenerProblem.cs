using ServerStatus.Presentation.Discord.Doctor;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>The sentence for a listener that cannot be opened: which address, and the setting that moves it.</summary>
public static class ListenerProblem
{
    public static string AddressInUse(IConfiguration configuration) =>
        $"Cannot listen on {string.Join(", ", DashboardCheck.ListenerUrls(configuration))}: another program (perhaps another ServerStatus) already listens there: stop it, or set Urls to a free address, e.g. Urls=http://127.0.0.1:5081.";
}
