namespace ReviewEngine.Cli.Common;

/// <summary>0 success; 1 the thing checked is not valid (validation failed, chain broken); 2 bad input to the command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int BadInput = 2;
}
