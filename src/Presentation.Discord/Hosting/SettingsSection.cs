namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>One options section of the bot: its key, its type, and how it is bound when not by the configuration binder.</summary>
internal sealed record SettingsSection(string Key, Type Type, Func<IConfiguration, object>? Bind = null)
{
    public static SettingsSection Of<TOptions>(string key)
        where TOptions : class, new() => new(key, typeof(TOptions));

    /// <summary>A sentence per value that cannot be read as its type; when all can, a sentence per rule the bound settings break.</summary>
    public IReadOnlyList<string> Check(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var unreadable = SettingsReader.Unreadable(section, Type).ToList();
        if (unreadable.Count > 0)
        {
            return unreadable;
        }

        object settings;
        try
        {
            settings = Bind?.Invoke(configuration) ?? section.Get(Type) ?? Activator.CreateInstance(Type)
                ?? throw new InvalidOperationException($"{Type.Name} has no parameterless constructor.");
        }
        catch (InvalidOperationException)
        {
            // The reader mirrors the binder; should they ever disagree, the binder's own message may quote a secret.
            return [$"The settings under {Key} cannot be read: check the values set under {Key}."];
        }

        return [.. SettingsRules.Broken(settings, Key)];
    }
}
