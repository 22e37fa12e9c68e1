using System.Runtime.InteropServices;

namespace ServerStatus.Infrastructure.Backups;

/// <summary>A libzstd compression context, freed exactly once even when its stream is never disposed.</summary>
internal sealed class CompressionContext : SafeHandle
{
    public CompressionContext()
        : base(invalidHandleValue: 0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        NativeZstd.FreeContext(handle);
        return true;
    }
}
