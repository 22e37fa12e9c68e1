using System.Net;
using System.Text.Json.Nodes;
using DiscordApi.Messages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

public sealed class FakeDiscordRestTests
{
    [Fact]
    public async Task ServesRoutes_WhenMappedOntoAnotherApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        var fake = new FakeDiscordRest();
        fake.MapRoutes(app);
        app.MapGet("/gateway-side", () => "other endpoints live here too");
        await app.StartAsync();
        fake.UseServerAddress(new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fake.BaseUrl, "users/@me"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + fake.Token);

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-RateLimit-Limit").ShouldHaveSingleItem().ShouldBe("50");
        fake.BaseUrl.AbsolutePath.ShouldBe("/api/v10/");
        (await fake.WaitForRequestAsync(r => r.Template == "users/@me", RestHarness.Timeout)).ResponseStatus.ShouldBe(200);
        await app.StopAsync();
    }

    [Fact]
    public async Task ExportsOneJsonLinePerRequest_WhenAsked()
    {
        await using var h = await RestHarness.StartAsync();
        await h.Client.CreateMessageAsync(1, OutgoingMessage.Text("hi"), CancellationToken.None);
        await h.Client.TriggerTypingAsync(1, CancellationToken.None);

        var lines = h.Fake.ExportJsonLines().Split('\n');

        lines.Length.ShouldBe(2);
        var first = JsonNode.Parse(lines[0])!;
        first["method"]!.GetValue<string>().ShouldBe("post");
        first["template"]!.GetValue<string>().ShouldBe("/channels/{channel_id}/messages");
        first["body"]!["content"]!.GetValue<string>().ShouldBe("hi");
        JsonNode.Parse(lines[1])!["body"].ShouldBeNull();
    }

    [Fact]
    public async Task AcceptsASelectMenuAloneInItsRow_ButRefusesOneBesideAButtonOrWith26Options()
    {
        await using var fake = new FakeDiscordRest();
        await fake.StartAsync();
        using var http = new HttpClient { BaseAddress = fake.BaseUrl };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + fake.Token);
        static JsonObject Select(int options) => new()
        {
            ["type"] = 3,
            ["custom_id"] = "pick",
            ["options"] = new JsonArray([.. Enumerable.Range(0, options).Select(i => (JsonNode)new JsonObject { ["label"] = $"s{i}", ["value"] = $"v{i}" })]),
        };
        async Task<(HttpStatusCode Status, string Body)> PostAsync(params JsonNode[] row)
        {
            var body = new JsonObject { ["components"] = new JsonArray(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(row) }) };
            using var response = await http.PostAsync("channels/1/messages", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        (await PostAsync(Select(25))).Status.ShouldBe(HttpStatusCode.OK);
        var beside = await PostAsync(Select(2), new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "B", ["custom_id"] = "b" });
        var many = await PostAsync(Select(26));

        beside.Status.ShouldBe(HttpStatusCode.BadRequest);
        beside.Body.ShouldContain("COMPONENT_LAYOUT_WIDTH_EXCEEDED");
        many.Status.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(many.Body)!["errors"]!["components"]!["0"]!["components"]!["0"]!["options"].ShouldNotBeNull();
    }

    [Fact]
    public async Task TimesOutWithSummary_WhenNoRequestMatches()
    {
        await using var fake = new FakeDiscordRest();
        await fake.StartAsync();

        var ex = await Should.ThrowAsync<TimeoutException>(() => fake.WaitForRequestAsync(r => r.Template == "never", TimeSpan.FromMilliseconds(100)));

        ex.Message.ShouldContain("No matching request");
    }
}
