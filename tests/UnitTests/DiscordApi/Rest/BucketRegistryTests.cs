using DiscordApi.Rest;
using Microsoft.Extensions.Time.Testing;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class BucketRegistryTests
{
    private const string Messages = "channels/{channel_id}/messages";
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void KeepsChannelsIndependent_WhenSameHash()
    {
        var registry = new BucketRegistry(_time);
        var one = RestRoute.Create(HttpMethod.Post, Messages, "1");
        var two = RestRoute.Create(HttpMethod.Post, Messages, "2");
        registry.Learn(one, "abc").Update(5, 0, TimeSpan.FromSeconds(5), 1);

        var other = registry.Learn(two, "abc");

        registry.Resolve(one).GetDelay().ShouldBe(TimeSpan.FromSeconds(5));
        other.GetDelay().ShouldBe(TimeSpan.Zero);
        other.ShouldNotBeSameAs(registry.Resolve(one));
    }

    [Fact]
    public void SharesState_WhenRoutesReportSameHash()
    {
        var registry = new BucketRegistry(_time);
        var patch = RestRoute.Create(HttpMethod.Patch, Messages + "/{message_id}", "1", "10");
        var delete = RestRoute.Create(HttpMethod.Delete, Messages + "/{message_id}", "1", "11");

        var a = registry.Learn(patch, "shared-hash");
        var b = registry.Learn(delete, "shared-hash");

        b.ShouldBeSameAs(a);
    }

    [Fact]
    public void SeparatesMethods_WhenNoHashKnown()
    {
        var registry = new BucketRegistry(_time);

        var patch = registry.Resolve(RestRoute.Create(HttpMethod.Patch, Messages + "/{message_id}", "1", "10"));
        var delete = registry.Resolve(RestRoute.Create(HttpMethod.Delete, Messages + "/{message_id}", "1", "10"));

        patch.ShouldNotBeSameAs(delete);
    }

    [Fact]
    public void SharesState_WhenOnlyMessageIdDiffers()
    {
        var registry = new BucketRegistry(_time);

        var a = registry.Resolve(RestRoute.Create(HttpMethod.Delete, Messages + "/{message_id}", "1", "10"));
        var b = registry.Resolve(RestRoute.Create(HttpMethod.Delete, Messages + "/{message_id}", "1", "99"));

        a.ShouldBeSameAs(b);
    }

    [Fact]
    public void MovesRoute_WhenHashChanges()
    {
        var registry = new BucketRegistry(_time);
        var route = RestRoute.Create(HttpMethod.Delete, Messages + "/{message_id}", "1", "10");
        var first = registry.Learn(route, "h1");

        var second = registry.Learn(route, "h2");

        second.ShouldNotBeSameAs(first);
        registry.Resolve(route).ShouldBeSameAs(second);
        registry.HashOf(route).ShouldBe("h2");
    }
}
