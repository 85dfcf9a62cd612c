namespace ReviewEngine.Domain.Legal;

/// <summary>The number of an article as written in a citation: 第二十六条 → 26, 第1条 → 1, 第一百零三条 → 103.</summary>
public static class ArticleNumber
{
    public static int? Parse(string article)
    {
        var start = article.IndexOf('第');
        var end = article.IndexOf('条', start + 1);
        if (start < 0 || end < 0)
        {
            return null;
        }

        var digits = article[(start + 1)..end];
        return int.TryParse(digits, out var arabic) ? arabic : Chinese(digits);
    }

    private static int? Chinese(string text)
    {
        const string Digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        foreach (var c in text)
        {
            var digit = c == '〇' ? 0 : Digits.IndexOf(c);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '两' => -2, _ => -1 };
            if (unit == -2)
            {
                current = 2;
                continue;
            }

            if (unit < 0)
            {
                return null;
            }

            // 十 alone at the start is 一十 (第十条, 第十五条).
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }
}
