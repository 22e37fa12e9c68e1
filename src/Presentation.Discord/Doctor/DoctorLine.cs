namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// One line of <c>doctor</c>'s report: <c>✓ what holds</c>, or <c>✗ what is wrong: the fix</c> (a sentence naming the
/// setting or the Discord portal page), or <c>✗ what: skipped: why</c> when an earlier failure keeps it from running.
/// </summary>
public sealed record DoctorLine(bool Passed, string What, string? Fix = null)
{
    public static DoctorLine Pass(string what) => new(true, what);

    public static DoctorLine Fail(string what, string fix) => new(false, what, fix);

    public static DoctorLine Skipped(string what, string because) => new(false, what, "skipped: " + because);

    public override string ToString() => Passed ? $"✓ {What}" : $"✗ {What}: {Fix}";
}
