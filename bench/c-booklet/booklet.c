/*
 * booklet.c: the yardstick for planbook's render speed (issue 5, "Speed").
 *
 * A plain C program that drives the libraries planbook drives (cairo 1.16's
 * PDF surface, PangoCairo over planbook's private fontconfig file, librsvg)
 * to make a comparable A5 booklet from each .plan file it is given:
 *
 *   - a title page: the plan's title, "This book is for CHILD", a big
 *     picture, a panel with the date and the writer;
 *   - one page per "## " section (more when it overflows), its heading in
 *     bold, each "- " item as wrapped Andika text with a 64 pt picture beside
 *     it (the "[picture: NAME]" or "picture: NAME" the item names, else
 *     house), the item's indented details ("impact:", "who:", "by:") under
 *     it, each "> " quote in a panel, "### " sub-headings, other lines as
 *     plain paragraphs;
 *   - a closing page saying who has a copy, as planbook's booklet has.
 *
 * Like planbook it sets the PDF's dates from the plan's date (so the bytes
 * are fixed), limits the file to PDF 1.5, fills the metadata, labels pages,
 * adds a bookmark per section and tags the structure (Document, H1, H2, P,
 * Figure). Fonts are loaded once per process; every SVG is parsed once per
 * process. Each PDF is written to a hidden temporary file and renamed.
 *
 * It does not check plans: a plan planbook would refuse is drawn anyway.
 *
 * Build:
 *   gcc -O2 -o booklet booklet.c $(pkg-config --cflags --libs pangocairo librsvg-2.0 fontconfig)
 * Run (from the repository root, or give --root):
 *   booklet [--root DIR] [--size PT] [--picture NAME] [--forms] -o OUTDIR FILE.plan...
 * --root: the folder holding Fonts/ and Pictures/ (default: the current one);
 * --size: the body size in points (default 18; headings and title scale);
 * --picture: the library picture beside an item that names none (default house);
 * --forms: an experiment, not the yardstick: draw each picture once into a
 *   cairo recording surface and paint that, so that cairo writes it into each
 *   PDF once as a form XObject instead of redrawing its paths at every use.
 * Prints "PAGES pages in N booklets" on standard output.
 */

#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A5 in points and the margins of planbook's child-booklet layout. */
#define PAGE_W 419.53
#define PAGE_H 595.28
#define MARGIN_TOP 40.0
#define MARGIN_BOTTOM 44.0
#define MARGIN_SIDE 36.0
#define PICTURE 64.0
#define GAP 12.0
#define PADDING 12.0
#define LINE_SPACING 1.3

static double body_size = 18.0;
static double heading_size = 24.0;
static double title_size = 32.0;

struct colour { double r, g, b; };
static const struct colour BACKGROUND = {1.0, 0xFB / 255.0, 0xF2 / 255.0};
static const struct colour TEXT = {0x1F / 255.0, 0x29 / 255.0, 0x33 / 255.0};
static const struct colour HEADING = {0x1D / 255.0, 0x4E / 255.0, 0x89 / 255.0};
static const struct colour PANEL = {0xFB / 255.0, 0xE9 / 255.0, 0xC9 / 255.0};
static const struct colour QUOTE_PANEL = {0xDC / 255.0, 0xEF / 255.0, 0xF9 / 255.0};

/* ---------- fonts: one fontconfig configuration and Pango context per process ---------- */

static PangoContext *text_context;

static void load_fonts(const char *conf_path) {
    FcConfig *config = FcConfigCreate();
    if (!config || !FcConfigParseAndLoad(config, (const FcChar8 *)conf_path, FcTrue) || !FcConfigBuildFonts(config)) {
        fprintf(stderr, "booklet: cannot load the font configuration %s\n", conf_path);
        exit(2);
    }
    PangoFontMap *map = pango_cairo_font_map_new();
    if (!PANGO_IS_FC_FONT_MAP(map)) {
        fprintf(stderr, "booklet: Pango's font map does not use fontconfig\n");
        exit(2);
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    FcConfigDestroy(config); /* the map holds its own reference */

    text_context = pango_font_map_create_context(map);
    g_object_unref(map); /* the context holds the map */
    pango_cairo_context_set_resolution(text_context, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(text_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(text_context, FALSE);
    pango_context_set_language(text_context, pango_language_from_string("en"));
    pango_context_set_base_dir(text_context, PANGO_DIRECTION_LTR);
}

/* A paragraph of Andika text wrapped to `width` points, lines LINE_SPACING × size apart. */
static PangoLayout *make_layout(const char *text, double size, int bold, double width) {
    PangoLayout *layout = pango_layout_new(text_context);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, "Andika");
    pango_font_description_set_size(font, (int)(size * PANGO_SCALE + 0.5));
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    PangoAttrList *attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_language_new(pango_language_from_string("en")));
    pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute((int)(size * LINE_SPACING * PANGO_SCALE + 0.5)));
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
    pango_layout_set_text(layout, text, -1);
    return layout;
}

static double layout_height(PangoLayout *layout) {
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout, &ink, &logical);
    double top = logical.y, bottom = logical.y + logical.height;
    if (ink.width > 0 && ink.height > 0) {
        if (ink.y < top) top = ink.y;
        if (ink.y + ink.height > bottom) bottom = ink.y + ink.height;
    }
    return (bottom - top) / PANGO_SCALE;
}

/* ---------- pictures: each SVG parsed once per process ---------- */

struct picture {
    char *name;
    RsvgHandle *handle;
    double width, height;
    /* With --forms: the picture drawn once into a recording surface, which
       cairo writes into each PDF once, as a form, and reuses. */
    cairo_surface_t *form;
};
static int use_forms;
static struct picture pictures[256];
static int picture_count;
static const char *pictures_folder;
/* The picture beside an item that names none (--picture NAME). */
static const char *default_picture = "house";

static struct picture *picture_named(const char *name) {
    for (int i = 0; i < picture_count; i++)
        if (strcmp(pictures[i].name, name) == 0) return &pictures[i];
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.svg", pictures_folder, name);
    GError *error = NULL;
    RsvgHandle *handle = access(path, R_OK) == 0 ? rsvg_handle_new_from_file(path, &error) : NULL;
    if (!handle) {
        if (error) g_error_free(error);
        return strcmp(name, "house") == 0 ? NULL : picture_named("house");
    }
    if (picture_count == (int)(sizeof pictures / sizeof pictures[0])) {
        fprintf(stderr, "booklet: too many pictures\n");
        exit(2);
    }
    rsvg_handle_set_dpi(handle, 72);
    struct picture *picture = &pictures[picture_count++];
    picture->name = strdup(name);
    picture->handle = handle;
    picture->width = picture->height = 0;
    picture->form = NULL;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &picture->width, &picture->height)) {
        gboolean has_viewbox = FALSE;
        RsvgRectangle viewbox;
        rsvg_handle_get_intrinsic_dimensions(handle, NULL, NULL, NULL, NULL, &has_viewbox, &viewbox);
        if (has_viewbox) { picture->width = viewbox.width; picture->height = viewbox.height; }
    }
    return picture;
}

/* ---------- the plan: a few lines of its Markdown-like language ---------- */

enum kind { ITEM, QUOTE, SUBHEADING, PARAGRAPH };
struct block { enum kind kind; char *text; char *picture; };
struct section { char *heading; struct block *blocks; int count, capacity; };
struct plan {
    char *title, *child, *date, *writer;
    struct section *sections;
    int count, capacity;
};

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) *--end = 0;
    return s;
}

/* Takes "[picture: NAME]" out of `text`; returns NAME (allocated) or NULL. */
static char *take_picture(char *text) {
    char *start = strstr(text, "[picture:");
    if (!start) return NULL;
    char *end = strchr(start, ']');
    if (!end) return NULL;
    *end = 0;
    char *name = strdup(trim(start + strlen("[picture:")));
    memmove(start, end + 1, strlen(end + 1) + 1);
    char *t = trim(text);
    memmove(text, t, strlen(t) + 1);
    return name;
}

static void add_block(struct plan *plan, enum kind kind, const char *text, char *picture) {
    if (plan->count == 0) return; /* text before the first section is not drawn */
    struct section *section = &plan->sections[plan->count - 1];
    if (section->count == section->capacity) {
        section->capacity = section->capacity ? 2 * section->capacity : 8;
        section->blocks = realloc(section->blocks, section->capacity * sizeof *section->blocks);
    }
    section->blocks[section->count++] = (struct block){kind, strdup(text), picture};
}

static int read_plan(const char *path, struct plan *plan) {
    FILE *file = fopen(path, "r");
    if (!file) return 0;
    memset(plan, 0, sizeof *plan);
    char *line = NULL;
    size_t room = 0;
    while (getline(&line, &room, file) >= 0) {
        char *end = line + strlen(line);
        while (end > line && (end[-1] == '\n' || end[-1] == '\r')) *--end = 0;
        int indented = line[0] == ' ' || line[0] == '\t';
        char *text = trim(line);
        if (!*text || strncmp(text, "//", 2) == 0) continue;
        if (strncmp(text, "### ", 4) == 0) {
            add_block(plan, SUBHEADING, trim(text + 4), NULL);
        } else if (strncmp(text, "## ", 3) == 0) {
            if (plan->count == plan->capacity) {
                plan->capacity = plan->capacity ? 2 * plan->capacity : 16;
                plan->sections = realloc(plan->sections, plan->capacity * sizeof *plan->sections);
            }
            plan->sections[plan->count++] = (struct section){strdup(trim(text + 3)), NULL, 0, 0};
        } else if (strncmp(text, "# ", 2) == 0) {
            free(plan->title);
            plan->title = strdup(trim(text + 2));
        } else if (strncmp(text, "- ", 2) == 0) {
            char *picture = take_picture(text + 2);
            add_block(plan, ITEM, text + 2, picture);
        } else if (text[0] == '>') {
            add_block(plan, QUOTE, trim(text + 1), NULL);
        } else if (indented && plan->count > 0 && plan->sections[plan->count - 1].count > 0 &&
                   plan->sections[plan->count - 1].blocks[plan->sections[plan->count - 1].count - 1].kind == ITEM) {
            /* A detail of the item above: "picture: NAME" picks its picture, the rest goes under its words. */
            struct section *section = &plan->sections[plan->count - 1];
            struct block *item = &section->blocks[section->count - 1];
            if (strncmp(text, "picture:", 8) == 0) {
                free(item->picture);
                item->picture = strdup(trim(text + 8));
            } else {
                char *joined = g_strdup_printf("%s\n%s", item->text, text);
                free(item->text);
                item->text = strdup(joined);
                g_free(joined);
            }
        } else if (plan->count == 0) {
            char *colon = strchr(text, ':');
            if (!colon) continue;
            *colon = 0;
            char *key = trim(text), *value = trim(colon + 1);
            if (strcmp(key, "child") == 0) { free(plan->child); plan->child = strdup(value); }
            else if (strcmp(key, "date") == 0) { free(plan->date); plan->date = strdup(value); }
            else if (strcmp(key, "written by") == 0) { free(plan->writer); plan->writer = strdup(value); }
        } else {
            char *picture = take_picture(text);
            add_block(plan, picture ? ITEM : PARAGRAPH, text, picture);
        }
    }
    free(line);
    fclose(file);
    return 1;
}

static void free_plan(struct plan *plan) {
    for (int s = 0; s < plan->count; s++) {
        for (int b = 0; b < plan->sections[s].count; b++) {
            free(plan->sections[s].blocks[b].text);
            free(plan->sections[s].blocks[b].picture);
        }
        free(plan->sections[s].blocks);
        free(plan->sections[s].heading);
    }
    free(plan->sections);
    free(plan->title);
    free(plan->child);
    free(plan->date);
    free(plan->writer);
}

/* ---------- drawing ---------- */

struct page_state { cairo_surface_t *surface; cairo_t *cr; int pages; double cursor; };

static void fill_rect(cairo_t *cr, double x, double y, double w, double h, struct colour c, double radius) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    if (radius > 0) {
        double q = G_PI / 2;
        cairo_new_sub_path(cr);
        cairo_arc(cr, x + w - radius, y + radius, radius, -q, 0);
        cairo_arc(cr, x + w - radius, y + h - radius, radius, 0, q);
        cairo_arc(cr, x + radius, y + h - radius, radius, q, 2 * q);
        cairo_arc(cr, x + radius, y + radius, radius, 2 * q, 3 * q);
        cairo_close_path(cr);
    } else {
        cairo_rectangle(cr, x, y, w, h);
    }
    cairo_fill(cr);
}

/* Starts a page (the first is already started): page label, background. */
static void new_page(struct page_state *state) {
    if (state->pages > 0) cairo_show_page(state->cr);
    state->pages++;
    char label[16];
    snprintf(label, sizeof label, "%d", state->pages);
    cairo_pdf_surface_set_page_label(state->surface, label);
    if (state->pages == 1) cairo_tag_begin(state->cr, "Document", "");
    fill_rect(state->cr, 0, 0, PAGE_W, PAGE_H, BACKGROUND, 0);
    state->cursor = MARGIN_TOP;
}

static double remaining(struct page_state *state) { return PAGE_H - MARGIN_BOTTOM - state->cursor; }

static void show_text(cairo_t *cr, PangoLayout *layout, double x, double y, struct colour c, const char *tag) {
    cairo_tag_begin(cr, tag, "");
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    cairo_new_path(cr);
    cairo_tag_end(cr, tag);
}

static void draw_picture(cairo_t *cr, struct picture *picture, double x, double y, double size) {
    if (!picture) return;
    double w = size, h = size;
    if (picture->width > 0 && picture->height > 0) {
        double scale = size / (picture->width > picture->height ? picture->width : picture->height);
        w = picture->width * scale;
        h = picture->height * scale;
    }
    RsvgRectangle viewport = {x + (size - w) / 2, y + (size - h) / 2, w, h};
    cairo_tag_begin(cr, "Figure", "");
    cairo_save(cr);
    cairo_rectangle(cr, x, y, size, size);
    cairo_clip(cr);
    GError *error = NULL;
    if (use_forms && picture->width > 0 && picture->height > 0) {
        if (!picture->form) {
            cairo_rectangle_t extents = {0, 0, picture->width, picture->height};
            picture->form = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
            cairo_t *form = cairo_create(picture->form);
            RsvgRectangle whole = {0, 0, picture->width, picture->height};
            if (!rsvg_handle_render_document(picture->handle, form, &whole, &error)) {
                fprintf(stderr, "booklet: cannot draw %s: %s\n", picture->name, error ? error->message : "?");
                if (error) g_error_free(error);
            }
            cairo_destroy(form);
        }
        cairo_translate(cr, viewport.x, viewport.y);
        cairo_scale(cr, w / picture->width, h / picture->height);
        cairo_set_source_surface(cr, picture->form, 0, 0);
        cairo_paint(cr);
    } else if (!rsvg_handle_render_document(picture->handle, cr, &viewport, &error)) {
        fprintf(stderr, "booklet: cannot draw %s: %s\n", picture->name, error ? error->message : "?");
        if (error) g_error_free(error);
    }
    cairo_restore(cr);
    cairo_tag_end(cr, "Figure");
}

static void draw_title_page(struct page_state *state, const struct plan *plan) {
    cairo_t *cr = state->cr;
    double width = PAGE_W - 2 * MARGIN_SIDE;
    new_page(state);
    PangoLayout *title = make_layout(plan->title ? plan->title : "Safety plan", title_size, 1, width);
    show_text(cr, title, MARGIN_SIDE, state->cursor, HEADING, "H1");
    state->cursor += layout_height(title) + GAP;
    g_object_unref(title);

    char *line = g_strdup_printf("This book is for %s", plan->child ? plan->child : "you");
    PangoLayout *subtitle = make_layout(line, body_size, 0, width);
    show_text(cr, subtitle, MARGIN_SIDE, state->cursor, TEXT, "P");
    state->cursor += layout_height(subtitle) + 2 * GAP;
    g_object_unref(subtitle);
    g_free(line);

    draw_picture(cr, picture_named("child"), (PAGE_W - 160) / 2, state->cursor, 160);
    state->cursor += 160 + 2 * GAP;

    char *details = g_strdup_printf("Date: %s\nWritten by: %s", plan->date ? plan->date : "", plan->writer ? plan->writer : "");
    PangoLayout *panel = make_layout(details, body_size, 0, width - 2 * PADDING);
    double height = layout_height(panel) + 2 * PADDING;
    fill_rect(cr, MARGIN_SIDE, state->cursor, width, height, PANEL, 8);
    show_text(cr, panel, MARGIN_SIDE + PADDING, state->cursor + PADDING, TEXT, "P");
    state->cursor += height + GAP;
    g_object_unref(panel);
    g_free(details);
}

static void draw_section(struct page_state *state, const struct section *section) {
    cairo_t *cr = state->cr;
    double width = PAGE_W - 2 * MARGIN_SIDE;
    double text_width = width - PICTURE - GAP;
    new_page(state);
    char page[32];
    snprintf(page, sizeof page, "page=%d", state->pages);
    cairo_pdf_surface_add_outline(state->surface, CAIRO_PDF_OUTLINE_ROOT, section->heading, page, 0);
    PangoLayout *heading = make_layout(section->heading, heading_size, 1, width);
    show_text(cr, heading, MARGIN_SIDE, state->cursor, HEADING, "H2");
    state->cursor += layout_height(heading) + GAP;
    g_object_unref(heading);

    for (int i = 0; i < section->count; i++) {
        const struct block *block = &section->blocks[i];
        PangoLayout *layout;
        double height;
        switch (block->kind) {
        case ITEM:
            layout = make_layout(block->text, body_size, 0, text_width);
            height = layout_height(layout);
            if (height < PICTURE) height = PICTURE;
            if (height > remaining(state)) new_page(state);
            draw_picture(cr, picture_named(block->picture ? block->picture : default_picture), MARGIN_SIDE, state->cursor, PICTURE);
            show_text(cr, layout, MARGIN_SIDE + PICTURE + GAP, state->cursor, TEXT, "P");
            break;
        case QUOTE:
            layout = make_layout(block->text, body_size, 0, width - 2 * PADDING);
            height = layout_height(layout) + 2 * PADDING;
            if (height > remaining(state)) new_page(state);
            fill_rect(cr, MARGIN_SIDE, state->cursor, width, height, QUOTE_PANEL, 8);
            show_text(cr, layout, MARGIN_SIDE + PADDING, state->cursor + PADDING, TEXT, "P");
            break;
        case SUBHEADING:
            layout = make_layout(block->text, body_size, 1, width);
            height = layout_height(layout);
            if (height + PICTURE > remaining(state)) new_page(state);
            show_text(cr, layout, MARGIN_SIDE, state->cursor, HEADING, "H2");
            break;
        default:
            layout = make_layout(block->text, body_size, 0, width);
            height = layout_height(layout);
            if (height > remaining(state)) new_page(state);
            show_text(cr, layout, MARGIN_SIDE, state->cursor, TEXT, "P");
            break;
        }
        state->cursor += height + GAP;
        g_object_unref(layout);
    }
}

/* The closing page: who has a copy, and room for the child's own drawing. */
static void draw_back_page(struct page_state *state, const struct plan *plan) {
    cairo_t *cr = state->cr;
    double width = PAGE_W - 2 * MARGIN_SIDE;
    new_page(state);
    PangoLayout *heading = make_layout("Who has a copy of this book", heading_size, 1, width);
    show_text(cr, heading, MARGIN_SIDE, state->cursor, HEADING, "H2");
    state->cursor += layout_height(heading) + GAP;
    g_object_unref(heading);
    char *text = g_strdup_printf("These people have a copy:\n• %s\n• %s", plan->child ? plan->child : "", plan->writer ? plan->writer : "");
    PangoLayout *layout = make_layout(text, body_size, 0, width);
    show_text(cr, layout, MARGIN_SIDE, state->cursor, TEXT, "P");
    state->cursor += layout_height(layout) + GAP;
    g_object_unref(layout);
    g_free(text);
    if (remaining(state) > 3 * PADDING) fill_rect(cr, MARGIN_SIDE, state->cursor, width, remaining(state), PANEL, 8);
}

static cairo_status_t write_to_file(void *closure, const unsigned char *data, unsigned int length) {
    return fwrite(data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Draws one plan's booklet to `output` (atomically); returns its page count, or -1. */
static int render(const char *plan_path, const char *output) {
    struct plan plan;
    if (!read_plan(plan_path, &plan)) {
        fprintf(stderr, "booklet: cannot read %s\n", plan_path);
        return -1;
    }
    char *temporary = g_strdup_printf("%s.tmp-%d", output, (int)getpid());
    FILE *file = fopen(temporary, "wb");
    if (!file) {
        fprintf(stderr, "booklet: cannot write %s: %s\n", temporary, strerror(errno));
        free_plan(&plan);
        g_free(temporary);
        return -1;
    }
    struct page_state state = {0};
    state.surface = cairo_pdf_surface_create_for_stream(write_to_file, file, PAGE_W, PAGE_H);
    cairo_pdf_surface_restrict_to_version(state.surface, CAIRO_PDF_VERSION_1_5);
    const char *date = plan.date ? plan.date : "2026-01-01";
    cairo_pdf_surface_set_metadata(state.surface, CAIRO_PDF_METADATA_TITLE, plan.title ? plan.title : "");
    cairo_pdf_surface_set_metadata(state.surface, CAIRO_PDF_METADATA_AUTHOR, plan.writer ? plan.writer : "");
    cairo_pdf_surface_set_metadata(state.surface, CAIRO_PDF_METADATA_CREATOR, "booklet.c");
    cairo_pdf_surface_set_metadata(state.surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(state.surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    state.cr = cairo_create(state.surface);

    draw_title_page(&state, &plan);
    for (int s = 0; s < plan.count; s++) draw_section(&state, &plan.sections[s]);
    draw_back_page(&state, &plan);

    cairo_tag_end(state.cr, "Document");
    cairo_status_t status = cairo_status(state.cr);
    cairo_destroy(state.cr);
    cairo_surface_finish(state.surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(state.surface);
    cairo_surface_destroy(state.surface);
    int closed = fclose(file);
    free_plan(&plan);
    if (status != CAIRO_STATUS_SUCCESS || closed != 0 || rename(temporary, output) != 0) {
        fprintf(stderr, "booklet: %s: %s\n", plan_path, status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string(status) : strerror(errno));
        unlink(temporary);
        g_free(temporary);
        return -1;
    }
    g_free(temporary);
    return state.pages;
}

/* OUTDIR/PARENT/NAME.pdf for PARENT/NAME.plan, making OUTDIR/PARENT. */
static char *output_path(const char *folder, const char *plan_path) {
    char *base = g_path_get_basename(plan_path);
    char *directory = g_path_get_dirname(plan_path);
    char *parent = g_path_get_basename(directory);
    char *dot = strrchr(base, '.');
    if (dot) *dot = 0;
    char *subfolder = strcmp(parent, ".") == 0 ? g_strdup(folder) : g_build_filename(folder, parent, NULL);
    g_mkdir_with_parents(subfolder, 0755);
    char *name = g_strdup_printf("%s.pdf", base);
    char *path = g_build_filename(subfolder, name, NULL);
    g_free(name);
    g_free(subfolder);
    g_free(parent);
    g_free(directory);
    g_free(base);
    return path;
}

int main(int argc, char **argv) {
    const char *root = ".", *output = NULL;
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "-o") == 0 && first + 1 < argc) output = argv[++first];
        else if (strcmp(argv[first], "--root") == 0 && first + 1 < argc) root = argv[++first];
        else if (strcmp(argv[first], "--picture") == 0 && first + 1 < argc) default_picture = argv[++first];
        else if (strcmp(argv[first], "--forms") == 0) use_forms = 1;
        else if (strcmp(argv[first], "--size") == 0 && first + 1 < argc) {
            body_size = atof(argv[++first]);
            heading_size = body_size * 4 / 3;
            title_size = body_size * 16 / 9;
        } else {
            fprintf(stderr, "usage: booklet [--root DIR] [--size PT] [--picture NAME] [--forms] -o OUTDIR FILE.plan...\n");
            return 2;
        }
    }
    if (!output || first >= argc) {
        fprintf(stderr, "usage: booklet [--root DIR] [--size PT] [--picture NAME] [--forms] -o OUTDIR FILE.plan...\n");
        return 2;
    }
    /* fontconfig reads a relative file name against its own folders, not ours. */
    char *absolute_root = realpath(root, NULL);
    if (!absolute_root) {
        fprintf(stderr, "booklet: cannot find %s\n", root);
        return 2;
    }
    char *conf = g_build_filename(absolute_root, "Fonts", "fonts.conf", NULL);
    char *folder = g_build_filename(absolute_root, "Pictures", NULL);
    free(absolute_root);
    pictures_folder = folder;
    load_fonts(conf);
    g_mkdir_with_parents(output, 0755);

    long pages = 0;
    int booklets = 0, failed = 0;
    for (int i = first; i < argc; i++) {
        char *path = output_path(output, argv[i]);
        int count = render(argv[i], path);
        g_free(path);
        if (count < 0) { failed++; continue; }
        pages += count;
        booklets++;
    }
    printf("%ld pages in %d booklets\n", pages, booklets);
    g_free(conf);
    g_free(folder);
    return failed ? 1 : 0;
}
