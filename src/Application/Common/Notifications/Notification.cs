namespace ServerStatus.Application.Common.Notifications;

/// <summary>Something for the notification channel; the presentation layer decides how it reads.</summary>
public abstract record Notification
{
    /// <summary>Whether an admin needs to act on it.</summary>
    public abstract bool IsFailure { get; }
}
