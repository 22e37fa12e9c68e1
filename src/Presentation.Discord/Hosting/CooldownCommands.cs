using ServerStatus.Application.Common.Cooldowns;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary><c>Bot:Cooldowns</c> names commands by their main name; a typo or an alias would silently never apply.</summary>
internal static class CooldownCommands
{
    public static IEnumerable<string> Problems(IConfiguration configuration, CommandCatalog catalog)
    {
        foreach (var key in configuration.GetSection($"{CooldownOptions.Section}:{nameof(CooldownOptions.Cooldowns)}").GetChildren().Select(c => c.Key))
        {
            var command = catalog.Find(key);
            if (command is null)
            {
                var closest = catalog.Suggest(key);
                yield return $"Bot:Cooldowns:{key} names no command" + (closest is null ? "." : $": did you mean {closest}?");
            }
            else if (!string.Equals(command.Info.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"Bot:Cooldowns:{key} names an alias: write Bot:Cooldowns:{command.Info.Name}.";
            }
        }
    }
}
