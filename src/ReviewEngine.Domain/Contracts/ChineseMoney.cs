using System.Text;

namespace ReviewEngine.Domain.Contracts;

/// <summary>Amounts in Chinese capitals as written on contracts and cheques (人民币壹佰贰拾万元整), following the
/// 财政部 rules: one 零 for any run of zeros, 整 after 元 only when there are no 角/分.</summary>
public static class ChineseMoney
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] InGroupUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    public static string ToCapitals(decimal amount)
    {
        if (amount < 0 || amount >= 10_000_000_000_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "金额须为 0 至 1 亿亿元之间");
        }

        var cents = (long)decimal.Round(amount * 100, MidpointRounding.AwayFromZero);
        var yuan = cents / 100;
        var jiao = (int)(cents / 10 % 10);
        var fen = (int)(cents % 10);
        var sb = new StringBuilder("人民币");
        if (yuan > 0 || (jiao == 0 && fen == 0))
        {
            sb.Append(Integer(yuan)).Append('元');
        }

        if (jiao == 0 && fen == 0)
        {
            return sb.Append('整').ToString();
        }

        if (jiao > 0)
        {
            sb.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            sb.Append('零');
        }

        return fen > 0 ? sb.Append(Digits[fen]).Append('分').ToString() : sb.ToString();
    }

    private static string Integer(long n)
    {
        if (n == 0)
        {
            return "零";
        }

        var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        var pendingZero = false;
        var groupHasDigit = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var d = digits[i] - '0';
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
            }
            else
            {
                if (pendingZero)
                {
                    sb.Append('零');
                }

                sb.Append(Digits[d]).Append(InGroupUnits[position % 4]);
                pendingZero = false;
                groupHasDigit = true;
            }

            if (position % 4 == 0 && position > 0 && groupHasDigit)
            {
                sb.Append(GroupUnits[position / 4]);
                groupHasDigit = false;
            }
        }

        return sb.ToString();
    }
}
