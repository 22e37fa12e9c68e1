using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

internal static class JsonAssert
{
    /// <summary>The object has exactly these keys (the allow-list of a request body).</summary>
    public static void HasExactKeys(JsonNode? node, params string[] keys)
    {
        var obj = node.ShouldBeOfType<JsonObject>();
        obj.Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(keys.Order(StringComparer.Ordinal), $"keys of {obj.ToJsonString()}");
    }

    public static void IsJson(JsonNode? node, string expected) =>
        JsonNode.DeepEquals(node, JsonNode.Parse(expected)).ShouldBeTrue($"expected {expected} but was {node?.ToJsonString()}");
}
