using System.Data.Common;
using Microsoft.Extensions.Configuration;

namespace ServerStatus.Infrastructure.Logging;

/// <summary>
/// Replaces the secret values found in configuration (the Discord token, dashboard credentials, passwords in
/// connection strings and of engine certificates) with <c>***</c> in any text.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>Shorter values are not treated as secrets: masking them would garble ordinary text.</summary>
    private const int MinimumLength = 4;

    private static readonly string[] SecretKeys = ["Discord:Token", "Dashboard:PasswordHash", "Dashboard:Password", "Dashboard:Token"];

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets) =>
        _secrets = [.. secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= MinimumLength).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    public bool HasSecrets => _secrets.Length > 0;

    public static SecretRedactor FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var secrets = new List<string?>();
        secrets.AddRange(SecretKeys.Select(key => configuration[key]));
        foreach (var connectionString in configuration.GetSection("ConnectionStrings").GetChildren())
        {
            secrets.AddRange(ConnectionStringPasswords(connectionString.Value));
        }

        foreach (var engine in configuration.GetSection("Docker:Engines").GetChildren())
        {
            secrets.Add(engine["ClientCertificatePassword"]);
        }

        return new SecretRedactor(secrets);
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static IEnumerable<string?> ConnectionStringPasswords(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            yield break;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            yield break;
        }

        foreach (var key in new[] { "Password", "Pwd" })
        {
            if (builder.TryGetValue(key, out var value))
            {
                yield return value?.ToString();
            }
        }
    }
}
