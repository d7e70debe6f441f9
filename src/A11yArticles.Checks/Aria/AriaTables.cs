using System.Collections.Frozen;

namespace A11yArticles.Checks.Aria;

/// <summary>The value type of an ARIA state or property (WAI-ARIA 1.2, section 6.2).</summary>
internal enum AriaValueType
{
    TrueFalse,
    TrueFalseUndefined,
    Tristate,
    Token,
    TokenList,
    IdReference,
    IdReferenceList,
    Integer,
    Number,
    String,
}

/// <summary>One ARIA state or property: its value type, allowed tokens, and whether every role may use it.</summary>
internal sealed record AriaAttribute(string Name, AriaValueType Type, IReadOnlyList<string> Tokens, bool IsGlobal);

/// <summary>One ARIA role with what WAI-ARIA 1.2 says about it.</summary>
internal sealed record AriaRole(
    string Name,
    bool IsAbstract,
    bool NameFromContent,
    bool NameProhibited,
    bool ChildrenPresentational,
    IReadOnlyList<string> Required,
    IReadOnlySet<string> Supported,
    IReadOnlyList<string> RequiredContext,
    IReadOnlyList<string> RequiredOwned);

/// <summary>
/// The WAI-ARIA 1.2 role and attribute tables (plus DPUB-ARIA 1.0 and Graphics-ARIA roles), written
/// once for every rule that needs them. Sources: https://www.w3.org/TR/wai-aria-1.2/#role_definitions
/// and #state_prop_def, https://www.w3.org/TR/dpub-aria-1.0/, https://www.w3.org/TR/graphics-aria-1.0/.
/// </summary>
internal static class AriaTables
{
    private static readonly string[] GlobalNames =
    [
        "aria-atomic", "aria-busy", "aria-controls", "aria-current", "aria-describedby", "aria-description", "aria-details",
        "aria-disabled", "aria-dropeffect", "aria-errormessage", "aria-flowto", "aria-grabbed", "aria-haspopup", "aria-hidden",
        "aria-invalid", "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-live", "aria-owns", "aria-relevant",
        "aria-roledescription", "aria-braillelabel", "aria-brailleroledescription",
    ];

    /// <summary>Every defined ARIA state and property.</summary>
    public static readonly FrozenDictionary<string, AriaAttribute> Attributes = BuildAttributes();

    /// <summary>Every defined role, abstract ones included.</summary>
    public static readonly FrozenDictionary<string, AriaRole> Roles = BuildRoles();

    /// <summary>Roles whose elements must not be named by aria-label or aria-labelledby.</summary>
    public static readonly FrozenSet<string> NameProhibitedRoles = new[]
    {
        "caption", "code", "deletion", "emphasis", "generic", "insertion", "paragraph", "presentation", "none", "strong",
        "subscript", "superscript", "mark", "suggestion", "term", "time", "definition",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsDefinedAttribute(string name) => Attributes.ContainsKey(name);

    /// <summary>A role that authors may use (defined and not abstract).</summary>
    public static bool IsConcreteRole(string name) => Roles.TryGetValue(name, out var role) && !role.IsAbstract;

    public static AriaRole? Role(string? name) => name is not null && Roles.TryGetValue(name, out var role) ? role : null;

    /// <summary>Whether <paramref name="attribute"/> may be used on an element with <paramref name="role"/> (globals everywhere).</summary>
    public static bool IsAllowed(string attribute, string? role)
    {
        if (!Attributes.TryGetValue(attribute, out var definition))
        {
            return false;
        }

        if (definition.IsGlobal)
        {
            return true;
        }

        return Role(role) is { } known && known.Supported.Contains(attribute);
    }

    private static FrozenDictionary<string, AriaAttribute> BuildAttributes()
    {
        var list = new List<AriaAttribute>();
        void Add(string names, AriaValueType type, string tokens = "")
        {
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add(new AriaAttribute(name, type, tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries), GlobalNames.Contains(name)));
            }
        }

        Add("aria-atomic aria-busy aria-disabled aria-modal aria-multiline aria-multiselectable aria-readonly aria-required", AriaValueType.TrueFalse);
        Add("aria-expanded aria-hidden aria-selected aria-grabbed", AriaValueType.TrueFalseUndefined);
        Add("aria-checked aria-pressed", AriaValueType.Tristate);
        Add("aria-autocomplete", AriaValueType.Token, "inline list both none");
        Add("aria-current", AriaValueType.Token, "page step location date time true false");
        Add("aria-haspopup", AriaValueType.Token, "false true menu listbox tree grid dialog");
        Add("aria-invalid", AriaValueType.Token, "grammar false spelling true");
        Add("aria-live", AriaValueType.Token, "assertive off polite");
        Add("aria-orientation", AriaValueType.Token, "horizontal vertical undefined");
        Add("aria-sort", AriaValueType.Token, "ascending descending none other");
        Add("aria-dropeffect", AriaValueType.TokenList, "copy execute link move none popup");
        Add("aria-relevant", AriaValueType.TokenList, "additions all removals text");
        Add("aria-activedescendant aria-details aria-errormessage", AriaValueType.IdReference);
        Add("aria-controls aria-describedby aria-flowto aria-labelledby aria-owns", AriaValueType.IdReferenceList);
        Add("aria-colcount aria-colindex aria-colspan aria-level aria-posinset aria-rowcount aria-rowindex aria-rowspan aria-setsize", AriaValueType.Integer);
        Add("aria-valuemax aria-valuemin aria-valuenow", AriaValueType.Number);
        Add("aria-label aria-keyshortcuts aria-placeholder aria-roledescription aria-valuetext aria-description aria-braillelabel aria-brailleroledescription", AriaValueType.String);
        return list.ToFrozenDictionary(attribute => attribute.Name, StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, AriaRole> BuildRoles()
    {
        // name | flags (a = abstract, c = name from content, p = name prohibited, x = children presentational)
        // | required | supported (besides globals and required) | required context | required owned
        const string Table = """
            alert|||||
            alertdialog|||aria-modal||
            application|||aria-activedescendant aria-expanded||
            article|||aria-posinset aria-setsize||
            banner|||||
            blockquote|||||
            button|cx||aria-expanded aria-pressed||
            caption|p||||
            cell|c||aria-colindex aria-colspan aria-rowindex aria-rowspan|row|
            checkbox|cx|aria-checked|aria-expanded aria-readonly aria-required||
            code|p||||
            columnheader|c||aria-colindex aria-colspan aria-rowindex aria-rowspan aria-expanded aria-readonly aria-required aria-selected aria-sort|row|
            combobox||aria-expanded|aria-activedescendant aria-autocomplete aria-readonly aria-required||
            complementary|||||
            contentinfo|||||
            definition|||||
            deletion|p||||
            dialog|||aria-modal||
            directory|||||
            document|||||
            emphasis|p||||
            feed|||||article
            figure|||||
            form|||||
            generic|p||||
            grid|||aria-activedescendant aria-colcount aria-multiselectable aria-readonly aria-rowcount||row rowgroup
            gridcell|c||aria-colindex aria-colspan aria-rowindex aria-rowspan aria-expanded aria-readonly aria-required aria-selected|row|
            group|||aria-activedescendant aria-expanded||
            heading|c|aria-level|||
            img|x||||
            image|x||||
            insertion|p||||
            link|c||aria-expanded||
            list|||||listitem
            listbox|||aria-activedescendant aria-expanded aria-multiselectable aria-orientation aria-readonly aria-required||group option
            listitem|||aria-level aria-posinset aria-setsize|list directory|
            log|||||
            main|||||
            mark|p||||
            marquee|||||
            math|x||||
            menu|||aria-activedescendant aria-orientation||group menuitem menuitemcheckbox menuitemradio
            menubar|||aria-activedescendant aria-orientation||group menuitem menuitemcheckbox menuitemradio
            menuitem|c||aria-expanded aria-posinset aria-setsize|group menu menubar|
            menuitemcheckbox|cx|aria-checked|aria-expanded aria-posinset aria-setsize aria-readonly|group menu menubar|
            menuitemradio|cx|aria-checked|aria-expanded aria-posinset aria-setsize aria-readonly|group menu menubar|
            meter|x|aria-valuenow|aria-valuemax aria-valuemin aria-valuetext||
            navigation|||||
            none|||||
            note|||||
            option|cx||aria-checked aria-posinset aria-selected aria-setsize|group listbox|
            paragraph|p||||
            presentation|||||
            progressbar|x||aria-valuemax aria-valuemin aria-valuenow aria-valuetext||
            radio|cx|aria-checked|aria-posinset aria-setsize||
            radiogroup|||aria-activedescendant aria-orientation aria-readonly aria-required||
            region|||||
            row|c||aria-activedescendant aria-colindex aria-expanded aria-level aria-posinset aria-rowindex aria-selected aria-setsize|grid rowgroup table treegrid|cell columnheader gridcell rowheader
            rowgroup||||grid table treegrid|row
            rowheader|c||aria-colindex aria-colspan aria-rowindex aria-rowspan aria-expanded aria-readonly aria-required aria-selected aria-sort|row|
            scrollbar|x|aria-controls aria-valuenow|aria-orientation aria-valuemax aria-valuemin aria-valuetext||
            search|||||
            searchbox|||aria-activedescendant aria-autocomplete aria-multiline aria-placeholder aria-readonly aria-required||
            separator|x||aria-orientation aria-valuemax aria-valuemin aria-valuenow aria-valuetext||
            slider|x|aria-valuenow|aria-orientation aria-readonly aria-valuemax aria-valuemin aria-valuetext||
            spinbutton|||aria-activedescendant aria-readonly aria-required aria-valuemax aria-valuemin aria-valuenow aria-valuetext||
            status|||||
            strong|p||||
            subscript|p||||
            suggestion|p||||
            superscript|p||||
            switch|cx|aria-checked|aria-expanded aria-readonly aria-required||
            tab|cx||aria-expanded aria-posinset aria-selected aria-setsize|tablist|
            table|||aria-colcount aria-rowcount||row rowgroup
            tablist|||aria-activedescendant aria-multiselectable aria-orientation||tab
            tabpanel|||||
            term|p||||
            textbox|||aria-activedescendant aria-autocomplete aria-multiline aria-placeholder aria-readonly aria-required||
            time|p||||
            timer|||||
            toolbar|||aria-activedescendant aria-orientation||
            tooltip|c||||
            tree|||aria-activedescendant aria-multiselectable aria-orientation aria-required||group treeitem
            treegrid|||aria-activedescendant aria-colcount aria-multiselectable aria-orientation aria-readonly aria-required aria-rowcount||row rowgroup
            treeitem|c||aria-checked aria-expanded aria-level aria-posinset aria-selected aria-setsize|group tree|
            comment|c||aria-level aria-posinset aria-setsize||
            graphics-document|||||
            graphics-object|||||
            graphics-symbol|x||||
            command|a||||
            composite|a||aria-activedescendant||
            input|a||||
            landmark|a||||
            range|a||aria-valuemax aria-valuemin aria-valuenow aria-valuetext||
            roletype|a||||
            section|a||||
            sectionhead|a||||
            select|a||aria-orientation||
            structure|a||||
            widget|a||||
            window|a||aria-modal||
            """;
        const string Dpub = "abstract acknowledgments afterword appendix backlink biblioentry bibliography biblioref chapter colophon conclusion cover credit credits dedication endnote endnotes epigraph epilogue errata example footnote foreword glossary glossref index introduction noteref notice pagebreak pagefooter pageheader pagelist part preface prologue pullquote qna subtitle tip toc";

        static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roles = new List<AriaRole>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var flags = parts[1];
            var required = Words(parts[2]);
            roles.Add(new AriaRole(
                parts[0],
                flags.Contains('a'),
                flags.Contains('c'),
                flags.Contains('p'),
                flags.Contains('x'),
                required,
                required.Concat(Words(parts[3])).ToFrozenSet(StringComparer.Ordinal),
                Words(parts[4]),
                Words(parts[5])));
        }

        foreach (var name in Words(Dpub))
        {
            var content = name is "backlink" or "biblioref" or "glossref" or "noteref";
            var presentational = name == "pagebreak";
            var supported = name is "biblioentry" or "endnote" ? new[] { "aria-level", "aria-posinset", "aria-setsize" } : name == "pagebreak" ? new[] { "aria-orientation", "aria-valuenow", "aria-valuemin", "aria-valuemax", "aria-valuetext" } : [];
            roles.Add(new AriaRole("doc-" + name, false, content, false, presentational, [], supported.Concat(content ? ["aria-expanded"] : []).ToFrozenSet(StringComparer.Ordinal), name is "biblioentry" or "endnote" ? ["list"] : [], []));
        }

        return roles.ToFrozenDictionary(role => role.Name, StringComparer.Ordinal);
    }
}
