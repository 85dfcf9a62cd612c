namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// GB/T 9704-2012 measures in Word units. Sizes are half-points (三号 16 pt = 32), lengths twips (1 mm ≈ 56.7).
/// Each Chinese face has a fallback that exists on Linux (fonts-noto-cjk), declared in the font table (altName,
/// panose, family, charset) so a word processor without the official face substitutes a face of the same kind.
/// LibreOffice 7.4 ignores those declarations and asks fontconfig, which knows none of the official faces and
/// falls back to sans-serif; tools/fonts/fonts.conf maps them to Noto Serif CJK SC (see docs/contracts.md).
/// </summary>
internal static class OfficialLayout
{
    public const string BodyFont = "仿宋_GB2312";
    public const string BodyFallback = "Noto Serif CJK SC";
    public const string TitleFont = "方正小标宋简体";
    public const string TitleFallback = "Noto Serif CJK SC";
    public const string HeadingFont = "黑体";
    public const string HeadingFallback = "Noto Sans CJK SC";
    public const string LatinFont = "Times New Roman";
    public const string PageNumberFont = "宋体";

    /// <summary>PANOSE of 宋体 (SimSun), a serif CJK face: the hint for the serif faces; 黑体's for the sans one.</summary>
    public const string SerifPanose = "02010600030101010101";
    public const string SansPanose = "02010609060101010101";

    public const int TitleSize = 44;
    public const int BodySize = 32;
    public const int SmallSize = 24;
    public const int HeaderSize = 21;
    public const int PageNumberSize = 28;

    /// <summary>Exact 28.95 pt lines give the 22 lines per page of GB/T 9704 on A4 with these margins.</summary>
    public const int LineTwips = 579;

    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1588;
    public const int MarginRight = 1474;
    public const int HeaderDistance = 851;
    public const int FooterDistance = 992;

    public static int TextWidth => PageWidth - MarginLeft - MarginRight;
}
