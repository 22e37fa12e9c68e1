namespace ServerStatus.Domain.Watch;

/// <summary>The image a server last ran well with: an incident on another image says the image changed before it.</summary>
public sealed class ImageBaseline
{
    public const int ImageIdMaxLength = 200;

    private ImageBaseline()
    {
    }

    /// <summary>The engine-qualified server name.</summary>
    public string Server { get; private set; } = "";

    public string ImageId { get; private set; } = "";

    public DateTimeOffset ConfirmedAt { get; private set; }

    public static ImageBaseline Confirm(string server, string imageId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(imageId);
        return new ImageBaseline { Server = server, ImageId = imageId, ConfirmedAt = at.ToUniversalTime() };
    }

    public void Reconfirm(string imageId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(imageId);
        ImageId = imageId;
        ConfirmedAt = at.ToUniversalTime();
    }
}
