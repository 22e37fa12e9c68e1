using System.Text;

namespace DiscordApi.Rest;

/// <summary>
/// One REST call's route: the template (for logs and bucket learning), the concrete path, and the rate-limit key in
/// which only the major parameters (<c>channel_id</c>, <c>guild_id</c>, <c>webhook_id</c> + <c>webhook_token</c>)
/// stay literal. Interaction callbacks are keyed by their literal path.
/// </summary>
internal sealed record RestRoute
{
    private static readonly HashSet<string> MajorParameterNames = ["channel_id", "guild_id", "webhook_id", "webhook_token"];

    private RestRoute(HttpMethod method, string template, string path, string key, string majorParameters)
    {
        Method = method;
        Template = template;
        Path = path;
        Key = key;
        MajorParameters = majorParameters;
    }

    public HttpMethod Method { get; }

    /// <summary>Path template relative to the API base, e.g. <c>channels/{channel_id}/messages/{message_id}</c>.</summary>
    public string Template { get; }

    /// <summary>Concrete relative path, already percent-encoded.</summary>
    public string Path { get; }

    /// <summary>Rate-limit route key, e.g. <c>DELETE channels/123/messages/{message_id}</c>.</summary>
    public string Key { get; }

    /// <summary>Method + template: the route Discord reports a bucket hash for.</summary>
    public string BucketRoute => Method.Method + " " + Template;

    /// <summary>The literal major parameter values, e.g. <c>channel_id=123</c>.</summary>
    public string MajorParameters { get; }

    /// <summary>For logs and exceptions: never contains ids or tokens.</summary>
    public string Display => BucketRoute;

    public bool IsInteractionCallback => Template.StartsWith("interactions/", StringComparison.Ordinal);

    /// <summary>Interaction and interaction-webhook endpoints are outside the global limit and need no bot token.</summary>
    public bool IsInteractionEndpoint => IsInteractionCallback || Template.StartsWith("webhooks/", StringComparison.Ordinal);

    /// <summary>Builds a route; <paramref name="values"/> fill the placeholders in order and must already be path-safe.</summary>
    public static RestRoute Create(HttpMethod method, string template, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var literalKey = template.StartsWith("interactions/", StringComparison.Ordinal);
        var path = new StringBuilder();
        var key = new StringBuilder();
        var majors = new StringBuilder();
        var index = 0;
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                path.Append(template, position, template.Length - position);
                key.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            path.Append(template, position, open - position);
            key.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            if (index >= values.Length)
            {
                throw new ArgumentException($"No value for {{{name}}} in {template}.", nameof(values));
            }

            var value = values[index++];
            path.Append(value);
            if (literalKey || MajorParameterNames.Contains(name))
            {
                key.Append(value);
                majors.Append(majors.Length == 0 ? "" : "&").Append(name).Append('=').Append(value);
            }
            else
            {
                key.Append('{').Append(name).Append('}');
            }

            position = close + 1;
        }

        if (index != values.Length)
        {
            throw new ArgumentException($"Too many values for {template}.", nameof(values));
        }

        return new RestRoute(method, template, path.ToString(), method.Method + " " + key, majors.ToString());
    }

    public override string ToString() => Display;
}
