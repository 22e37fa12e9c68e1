namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Which configuration keys hold secrets: a sentence about one says what is wrong, never the value.</summary>
public static class SettingsKeys
{
    private static readonly HashSet<string> SecretNames = new(["Token", "Password", "PasswordHash", "ClientCertificatePassword"], StringComparer.OrdinalIgnoreCase);

    public static bool IsSecret(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) || SecretNames.Contains(key[(key.LastIndexOf(':') + 1)..]);
    }

    /// <summary><c>Section:Key</c> as an environment variable name: <c>Section__Key</c>.</summary>
    public static string AsEnvironmentVariable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace(":", "__", StringComparison.Ordinal);
    }
}
