using System.ComponentModel.DataAnnotations;

namespace DiscordApi;

/// <summary>Connection settings of our Discord API v10 client (configuration section <c>Discord</c>).</summary>
public sealed class DiscordApiOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>Discord's own REST base URL.</summary>
    public static readonly Uri DiscordApiBaseUrl = new("https://discord.com/api/v10/");

    private Uri _apiBaseUrl = DiscordApiBaseUrl;

    /// <summary>The bot token (without the <c>Bot </c> prefix). Never logged.</summary>
    [Required(ErrorMessage = "Discord:Token is missing: set the Discord__Token environment variable or Discord:Token in appsettings.json (with dotnet run, also `dotnet user-secrets set Discord:Token <token>`).")]
    public string Token { get; set; } = "";

    /// <summary>
    /// REST base URL; tests point it at the local fake Discord. A URL without its trailing <c>/</c> gets one, so that
    /// <c>…/api/v10</c> keeps its last segment when routes are resolved against it.
    /// </summary>
    [Required]
    public Uri ApiBaseUrl
    {
        get => _apiBaseUrl;
        set => _apiBaseUrl = WithTrailingSlash(value);
    }

    /// <summary>Use <c>compress=zlib-stream</c> transport compression on the gateway.</summary>
    public bool GatewayCompression { get; set; } = true;

    /// <summary>Gateway intents bit set; the default is GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    public int Intents { get; set; } = 38401;

    /// <summary>Guild for instant slash-command registration during development; global registration when empty.</summary>
    public ulong? GuildId { get; set; }

    /// <summary>The token's shape (never its value) and the base URL's: what Discord would only answer with a refusal or a 404.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"{Section}:{nameof(Token)} starts with \"Bot \": set the token alone, without the prefix (the bot adds it).", [nameof(Token)]);
        }
        else if (Token.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult($"{Section}:{nameof(Token)} contains spaces or line breaks: set the token alone, exactly as the Developer Portal shows it.", [nameof(Token)]);
        }

        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("http" or "https") || ApiBaseUrl.Query.Length > 0 || ApiBaseUrl.Fragment.Length > 0)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(ApiBaseUrl)} must be an http(s) URL without query, such as {DiscordApiBaseUrl}, not \"{ApiBaseUrl.OriginalString}\".", [nameof(ApiBaseUrl)]);
        }
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url is { IsAbsoluteUri: true, Query.Length: 0, Fragment.Length: 0 } && !url.AbsolutePath.EndsWith('/')
            ? new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri
            : url;
}
