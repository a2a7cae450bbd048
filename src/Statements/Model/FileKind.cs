using System.Runtime.InteropServices;
using System.Text;

namespace Statements;

/// <summary>What a path names once symbolic links are followed: a regular file, a folder, or something else.</summary>
internal enum FileKindValue
{
    /// <summary>The kind could not be told (not Linux, or the call failed): the file is opened and read with a cap.</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as /dev/zero or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>
/// Tells the kind of a file without opening it. Opening a named pipe for reading blocks until something writes to
/// it, and a device such as /dev/zero never ends, so a reader must know what it is about to open. .NET has no
/// public API for the file type, so on Linux this asks <c>statx(2)</c>, whose result layout is the same on every
/// architecture; elsewhere the kind is <see cref="FileKindValue.Unknown"/> and readers rely on their size cap.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKindValue Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return FileKindValue.Unknown;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0)
            {
                return FileKindValue.Unknown;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKindValue.Unknown;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKindValue.Regular,
            0x4000 => FileKindValue.Directory,
            0x1000 => FileKindValue.Fifo,
            0x2000 => FileKindValue.CharacterDevice,
            0x6000 => FileKindValue.BlockDevice,
            0xC000 => FileKindValue.Socket,
            _ => FileKindValue.Unknown,
        };
    }

    /// <summary>The kind in words, for messages: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKindValue kind) => kind switch
    {
        FileKindValue.Fifo => "a named pipe (FIFO)",
        FileKindValue.CharacterDevice => "a character device",
        FileKindValue.BlockDevice => "a block device",
        FileKindValue.Socket => "a socket",
        FileKindValue.Directory => "a folder",
        FileKindValue.Regular => "a regular file",
        _ => "a file of unknown kind",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirFd, byte[] path, int flags, uint mask, byte[] buffer);
}
