namespace ReviewEngine.Domain.Contracts;

/// <summary>Small counting numerals for clause numbers (第一条 … 第九十九条), as Word's ChineseCounting renders them.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }
}
