using System.ComponentModel.DataAnnotations;

namespace DiscordApi;

/// <summary>Connection settings of our Discord API v10 client (configuration section <c>Discord</c>).</summary>
public sealed class DiscordApiOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token (without the <c>Bot </c> prefix). Never logged.</summary>
    [Required(ErrorMessage = "Discord:Token is missing: set it in appsettings.json, user secrets or the Discord__Token environment variable.")]
    public string Token { get; set; } = "";

    /// <summary>REST base URL; tests point it at the local fake Discord.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Use <c>compress=zlib-stream</c> transport compression on the gateway.</summary>
    public bool GatewayCompression { get; set; } = true;

    /// <summary>Gateway intents bit set; the default is GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    public int Intents { get; set; } = 38401;

    /// <summary>Guild for instant slash-command registration during development; global registration when empty.</summary>
    public ulong? GuildId { get; set; }
}
