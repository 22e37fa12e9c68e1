using System.Text.Json.Nodes;

namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>One request the fake received, as the test sees it.</summary>
public sealed class FakeRequest
{
    public required long Sequence { get; init; }

    public required string Method { get; init; }

    /// <summary>Decoded path below the API prefix, e.g. <c>channels/1/messages</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The request target exactly as it arrived (still percent-encoded), e.g. <c>/api/v10/channels/1/...</c>.</summary>
    public required string RawTarget { get; init; }

    /// <summary>Route template below the prefix, e.g. <c>channels/{channel_id}/messages</c>.</summary>
    public required string Template { get; init; }

    public required IReadOnlyDictionary<string, string> RouteValues { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Raw body text; for multipart this is the <c>payload_json</c> part.</summary>
    public required string Body { get; init; }

    /// <summary>The JSON body (or <c>payload_json</c>), null when there was none.</summary>
    public JsonNode? Json { get; init; }

    public required IReadOnlyList<FakeFilePart> Files { get; init; }

    /// <summary>Arrival time on the fake's clock (monotonic, since the fake was created).</summary>
    public required TimeSpan ReceivedAt { get; init; }

    /// <summary>The status code the fake answered with.</summary>
    public int ResponseStatus { get; internal set; }

    public string MethodAndTemplate => Method + " " + Template;

    public override string ToString() => $"#{Sequence} {Method} {Template} -> {ResponseStatus} at {ReceivedAt.TotalMilliseconds:F0} ms";
}
