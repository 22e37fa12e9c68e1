using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>One Docker engine: the local one over its unix socket, or a remote one over tcp with TLS.</summary>
public sealed class EngineOptions
{
    public const string DefaultName = "local";

    [Required]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}\z", ErrorMessage = "{0} must start with a letter or digit and use only letters, digits, '_' or '-' (at most 32)")]
    public string Name { get; set; } = DefaultName;

    /// <summary><c>unix:///var/run/docker.sock</c> or <c>tcp://host:2376</c>.</summary>
    [Required]
    public Uri Endpoint { get; set; } = new("unix:///var/run/docker.sock");

    /// <summary>The engine API version to speak; the client does not negotiate (1.41 = Docker 20.10).</summary>
    public string ApiVersion { get; set; } = "1.41";

    /// <summary>PKCS#12 client certificate (with key) for tcp+TLS engines.</summary>
    public string? ClientCertificatePath { get; set; }

    public string? ClientCertificatePassword { get; set; }

    /// <summary>PEM file of the CA that signed the engine's certificate; the system store is used when empty.</summary>
    public string? CaCertificatePath { get; set; }

    public override string ToString() => $"{Name} ({Endpoint})";
}
