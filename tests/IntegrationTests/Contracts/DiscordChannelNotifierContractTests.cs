using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerStatus.Application.Common.Ports;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary>
/// <see cref="NotifierContract"/> for the notifier the host registers (posting through our Discord REST client),
/// against the fake Discord REST server of each fact.
/// </summary>
public sealed class DiscordChannelNotifierContractTests : NotifierContract, IAsyncLifetime
{
    private readonly FakeDiscordRest _discord = new();
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-notifier-");
    private readonly List<IHost> _hosts = [];

    public Task InitializeAsync() => _discord.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        await _discord.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    protected override INotifier CreateNotifier(ulong? channelId, ulong? alertChannelId = null)
    {
        var settings = TestApp.Settings(new DockerSandbox(), Path.Combine(_directory.FullName, "serverstatus.db"));
        settings["Discord:Token"] = _discord.Token;
        settings["Discord:ApiBaseUrl"] = _discord.BaseUrl.ToString();
        settings["Notifications:ChannelId"] = channelId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Alerts:ChannelId"] = alertChannelId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (host, _) = TestApp.Build(settings);
        _hosts.Add(host);
        return host.Services.GetRequiredService<INotifier>();
    }

    protected override Task<IReadOnlyList<(ulong Channel, string Text)>> PostedAsync() =>
        Task.FromResult<IReadOnlyList<(ulong, string)>>([.. _discord.Messages.Select(m => (m.ChannelId, m.Content ?? ""))]);

    protected override Task<IReadOnlyList<string>> DirectMessagesToAsync(ulong userId) =>
        Task.FromResult<IReadOnlyList<string>>(_discord.DmChannelOf(userId) is { } dm
            ? [.. _discord.Messages.Where(m => m.ChannelId == dm).Select(m => m.Content ?? "")]
            : []);

    protected override void CloseDirectMessages(ulong userId) => _discord.CloseDirectMessages(userId);

    protected override void RefuseNextPost() =>
        _discord.Enqueue("POST", "channels/{channel_id}/messages", FakeResponse.Error(403, 50001, "Missing Access"));
}
