"""Output safety (issue 14): no run may overwrite an input, delete a live output, revert
an edit, split hard links, let two sources share an output, or share an output folder
with another build at the same time."""

from __future__ import annotations

import fcntl
import os
import shutil

import pytest

from .conftest import SEED
from .test_cli import run


def _site(tmp_path):
    blog = tmp_path / "site" / "blog"
    (blog / "blog").mkdir(parents=True)
    shutil.copy(SEED, blog / "page.html")
    shutil.copy(SEED, blog / "blog" / "page.html")
    return blog


def test_an_input_folder_inside_out_is_refused_before_anything_is_written(tmp_path):
    blog = _site(tmp_path)
    before = {p: p.read_bytes() for p in blog.rglob("*.html")}
    code, out, err = run("build", str(blog), "--out", str(tmp_path / "site"))
    assert code == 2
    assert "inside --out" in err and str(blog) in err
    assert {p: p.read_bytes() for p in blog.rglob("*.html")} == before
    assert not (tmp_path / "site" / ".healthld-manifest.json").exists()


def test_an_output_path_that_is_another_input_page_is_refused(tmp_path):
    blog = _site(tmp_path)
    (tmp_path / "drafts").mkdir()
    shutil.copy(SEED, tmp_path / "drafts" / "page.html")
    (tmp_path / "alias.html").symlink_to(blog / "page.html")
    before = (blog / "page.html").read_bytes()
    # drafts/page.html would be written to blog/page.html, an input of this run (by its alias)
    code, _, err = run("build", str(tmp_path / "drafts" / "page.html"),
                       str(tmp_path / "alias.html"), "--out", str(blog))
    assert code == 2 and "is an input of this run" in err
    assert (blog / "page.html").read_bytes() == before


def _built(tmp_path):
    src = tmp_path / "input"
    for rel in ("blog/a.html", "blog/b.html", "news/c.html"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED, src / rel)
    out = tmp_path / "output"
    assert run("build", str(src), "--out", str(out))[0] == 0
    return src, out


def test_prune_keeps_the_outputs_of_pages_outside_the_given_paths(tmp_path):
    src, out = _built(tmp_path)
    code, text, _ = run("build", str(src / "blog"), "--out", str(out), "--prune")
    assert code == 0 and "PRUNED" not in text
    code, text, _ = run("build", str(src / "news" / "c.html"), "--out", str(out), "--prune")
    assert "PRUNED" not in text
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")) == [
        "a.html", "b.html", "blog/a.html", "blog/b.html", "c.html", "news/c.html"]


def test_prune_removes_an_output_whose_input_is_verifiably_gone(tmp_path):
    src, out = _built(tmp_path)
    (src / "blog" / "b.html").unlink()
    code, text, _ = run("build", str(src), "--out", str(out), "--prune")
    assert code == 0 and "PRUNED" in text
    assert not (out / "blog" / "b.html").exists() and (out / "news" / "c.html").exists()


def test_prune_keeps_outputs_under_a_folder_that_cannot_be_listed(tmp_path, monkeypatch):
    src, out = _built(tmp_path)
    import pipeline.inputs as inputs

    real_scandir = os.scandir

    def hiccup(path):  # permissions, or a network mount that does not answer this time
        if os.path.basename(path) == "news":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", hiccup)
    code, text, _ = run("build", str(src), "--out", str(out), "--prune")
    assert "cannot read folder" in text
    assert "PRUNED" not in text and (out / "news" / "c.html").exists()


def test_prune_keeps_an_output_whose_input_cannot_be_checked(tmp_path, monkeypatch):
    src, out = _built(tmp_path)
    import pipeline.runner as runner

    (src / "news" / "c.html").unlink()
    real_lstat = os.lstat

    def hiccup(path, *a, **k):  # a network mount that does not answer: not "gone"
        if str(path).endswith("c.html"):
            raise PermissionError(13, "Permission denied")
        return real_lstat(path, *a, **k)

    monkeypatch.setattr(runner.os, "lstat", hiccup)
    code, text, _ = run("build", str(src), "--out", str(out), "--prune")
    assert "PRUNED" not in text and (out / "news" / "c.html").exists()


def test_in_place_skips_a_page_edited_during_the_build(tmp_path, monkeypatch):
    page = tmp_path / "p.html"
    shutil.copy(SEED, page)
    import pipeline.build as build

    real_render = build.render_page

    def edit_while_building(raw, *args, **kwargs):
        result = real_render(raw, *args, **kwargs)
        page.write_bytes(raw + b"<!-- saved by the editor -->")
        return result

    monkeypatch.setattr(build, "render_page", edit_while_building)
    code, text, _ = run("build", str(page), "--in-place")
    assert code == 1 and "changed while it was being built" in text
    assert page.read_bytes().endswith(b"<!-- saved by the editor -->")


def test_in_place_keeps_mode_and_refuses_to_split_hard_links(tmp_path):
    page = tmp_path / "p.html"
    shutil.copy(SEED, page)
    page.chmod(0o640)
    assert run("build", str(page), "--in-place")[0] == 0
    assert page.stat().st_mode & 0o777 == 0o640
    assert b"healthld-graph" in page.read_bytes()
    other = tmp_path / "q.html"
    shutil.copy(SEED, other)
    os.link(other, tmp_path / "link.txt")
    code, text, _ = run("build", str(other), "--in-place")
    assert code == 1 and "hard links" in text
    assert other.read_bytes() == SEED.read_bytes() == (tmp_path / "link.txt").read_bytes()


def test_two_exports_with_one_name_are_an_error_naming_both(tmp_path):
    from .test_wxr import EXPORT

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(EXPORT, tmp_path / name / "export.xml")
    code, text, _ = run("build", str(tmp_path / "a" / "export.xml"),
                        str(tmp_path / "b" / "export.xml"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"is already the output of {tmp_path / 'a' / 'export.xml'}" in text


def test_two_posts_with_one_page_path_are_an_error_naming_both(tmp_path):
    from .test_wxr import EXPORT

    data = EXPORT.read_bytes()
    names = __import__("re").findall(rb"<wp:post_name>(?:<!\[CDATA\[)?([^<\]]*)", data)
    assert len(names) >= 2
    data = data.replace(names[1], names[0])  # two posts with the same post_name
    export = tmp_path / "export.xml"
    export.write_bytes(data)
    code, text, _ = run("build", str(export), "--out", str(tmp_path / "out"), "--pages")
    assert code == 1 and "is already the page of" in text


def test_a_second_build_into_the_same_folder_is_refused_while_the_first_runs(tmp_path):
    from pipeline.batch import lock_output

    out = tmp_path / "out"
    with lock_output(out):
        code, _, err = run("build", str(SEED), "--out", str(out))
        assert code == 2 and "another healthld build is writing" in err
    assert run("build", str(SEED), "--out", str(out))[0] == 0
    with open(out / ".healthld.lock") as handle:  # released
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def test_a_damaged_manifest_counts_as_absent_for_prune_and_shard(tmp_path):
    import json

    src, out = _built(tmp_path)
    path = out / ".healthld-manifest.json"
    data = json.loads(path.read_text())
    data["pages"]["x.html"] = "not an object"
    data["pages"]["blog/a.html"]["rel"] = 7
    data["pages"]["bad\0key.html"] = dict(data["pages"]["news/c.html"])
    path.write_text(json.dumps(data))
    for extra in (["--prune"], ["--shard", "1/2"]):
        code, text, err = run("build", str(src), "--out", str(out), *extra)
        assert code == 0 and "Traceback" not in err + text


def test_a_manifest_that_cannot_be_saved_is_one_line_and_the_summary_follows(tmp_path,
                                                                              monkeypatch):
    import pipeline.manifest as manifest

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(manifest, "write_atomic", full)
    report = tmp_path / "report.json"
    code, text, _ = run("build", str(SEED), "--out", str(tmp_path / "out"), "--report", str(report))
    assert code == 1
    assert "cannot save the build manifest: No space left on device" in text
    assert "1 page: 1 written" in text and report.exists()


def test_served_files_get_the_mode_the_umask_gives(tmp_path):
    from .test_wxr import EXPORT

    old = os.umask(0o022)
    try:
        report = tmp_path / "r.html"
        run("build", str(EXPORT), "--out", str(tmp_path / "out"), "--pages", "--report", str(report))
    finally:
        os.umask(old)
    served = [report, tmp_path / "out" / "export.xml", *(tmp_path / "out" / "export").glob("*.html")]
    assert len(served) > 2
    assert {p.stat().st_mode & 0o777 for p in served} == {0o644}


def test_a_symlink_re_pointed_outside_the_input_after_listing_is_not_read(tmp_path, config):
    from pipeline.batch import discover
    from pipeline.build import process_page

    from .conftest import TODAY

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "real.html")
    (src / "link.html").symlink_to(src / "real.html")
    secret = tmp_path / "secret.html"
    secret.write_bytes(SEED.read_bytes().replace(b"<title>", b"<title>SECRET "))
    jobs = {job.rel: job for job in discover([src], tmp_path / "out")}
    assert jobs["link.html"].refused is None  # inside the folder when listed
    (src / "link.html").unlink()
    (src / "link.html").symlink_to(secret)  # re-pointed between listing and reading
    result = process_page(jobs["link.html"], config, TODAY)
    assert result.error and "outside the input folder" in result.error
    assert not (tmp_path / "out" / "link.html").exists()
    assert process_page(jobs["real.html"], config, TODAY).error is None


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_in_place_keeps_the_owner_and_group_of_a_page(tmp_path):
    page = tmp_path / "p.html"
    shutil.copy(SEED, page)
    os.chown(page, 12345, 23456)  # the web server's user, not ours
    assert run("build", str(page), "--in-place")[0] == 0
    info = page.stat()
    assert (info.st_uid, info.st_gid) == (12345, 23456) and b"healthld-graph" in page.read_bytes()


def test_pages_slugs_that_agree_in_their_first_80_characters_collide_with_a_message(tmp_path):
    from .test_wxr import EXPORT

    data = EXPORT.read_bytes()
    stem = b"what-to-expect-" * 6  # 90 characters: the page names are cut at 80
    data = data.replace(b"ketamine-infusions-nerve-pain]]", stem + b"part-1]]", 1)
    data = data.replace(b"esketamine-session-day]]", stem + b"part-2]]", 1)
    export = tmp_path / "export.xml"
    export.write_bytes(data)
    code, text, _ = run("build", str(export), "--out", str(tmp_path / "out"), "--pages")
    assert code == 1 and "is already the page of item" in text
    # four published items (three posts, one page), two of which collide: three pages
    assert len(list((tmp_path / "out" / "export").glob("*.html"))) == 3
