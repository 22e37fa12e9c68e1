using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>The container label that says whether a server is checked for newer images: <c>serverstatus.update=never|notify|auto</c>.</summary>
public static class UpdateLabels
{
    public const string Update = "serverstatus.update";

    /// <summary>The label's policy; <see cref="UpdatePolicy.Notify"/> when it is not set or not one of the three (logged once as unusable).</summary>
    public static UpdatePolicy Policy(IDictionary<string, string>? labels) =>
        labels is not null && labels.TryGetValue(Update, out var text) && Parse(text) is { } policy ? policy : UpdatePolicy.Notify;

    /// <summary>The update label when it is set to something it cannot mean, with what is done instead.</summary>
    public static IEnumerable<(string Label, string Value, string Reason)> Unusable(IDictionary<string, string>? labels)
    {
        if (labels is not null && labels.TryGetValue(Update, out var text) && Parse(text) is null)
        {
            yield return (Update, text, "not one of `never`, `notify` or `auto`; the server is checked and newer images are announced (`notify`)");
        }
    }

    private static UpdatePolicy? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "never" => UpdatePolicy.Never,
        "notify" => UpdatePolicy.Notify,
        "auto" => UpdatePolicy.Auto,
        _ => null,
    };
}
