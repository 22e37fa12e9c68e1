using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Configuration section <c>Bot</c>: how the bot talks in chat.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Prefix of chat commands; the bot also answers when mentioned.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(5, ErrorMessage = "Bot:Prefix must be 1 to 5 characters.")]
    public string Prefix { get; set; } = "$";

    /// <summary>How long Confirm/Cancel buttons stay valid.</summary>
    [Range(1, 300)]
    public int ConfirmationSeconds { get; set; } = 30;

    /// <summary>A slash command not answered by then is deferred ("thinking…") and answered by an edit.</summary>
    [Range(100, 2500)]
    public int DeferAfterMilliseconds { get; set; } = 1500;

    /// <summary>A chat command not answered by then shows the typing indicator.</summary>
    [Range(100, 10000)]
    public int TypingAfterMilliseconds { get; set; } = 1000;

    /// <summary>Seconds before a <c>permissions</c>/<c>admins</c> message typed in a guild channel is deleted (0 = at once).</summary>
    [Range(0, 10)]
    public int SensitiveDeleteSeconds { get; set; } = 5;

    /// <summary>A long command (backup, restore) edits its progress reply at most this often, in seconds (fractions allowed).</summary>
    [Range(0.01, 600.0, ErrorMessage = "Bot:ProgressEditSeconds must be between 0.01 and 600.")]
    public double ProgressEditSeconds { get; set; } = 3;

    /// <summary>Commands handled at the same time; further events wait (the gateway keeps heartbeating).</summary>
    [Range(1, 1000)]
    public int MaxConcurrentCommands { get; set; } = 64;
}
