namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>Embed colours, by meaning.</summary>
public static class ReplyColors
{
    public const int Good = 0x2ECC71;
    public const int Bad = 0xE74C3C;
    public const int Warning = 0xE67E22;
    public const int Pending = 0xF1C40F;
    public const int Neutral = 0x95A5A6;
    public const int Info = 0x3498DB;
}
