"""Back up the site while it runs, and restore it: Data.fs with repozo, the blobs beside it.

    .venv/bin/python scripts/backup.py backup  [--zope-conf Z] [--backup-dir D] [--full]
    .venv/bin/python scripts/backup.py restore [--zope-conf Z] [--backup-dir D]
                                               [--date yyyy-mm-dd[-hh[-mm[-ss]]]] [--target DIR]
                                               [--force]

(``make backup`` / ``make restore``.) The paths of Data.fs and the blob directory are read from
the Zope configuration (default var/etc/zope.conf). The backup directory (default var/backups)
holds ``filestorage/``, repozo's repository (a full backup, then incremental ones; a pack makes
the next one full), and ``blobstorage/``, a copy of the blob directory that only grows.

Why the blob copy taken after repozo is consistent: repozo copies Data.fs up to its last
committed transaction. Every blob file a committed transaction references was in the blob
directory before that transaction committed (ZODB moves it in during the commit), and blob
files are never changed afterwards, only removed by a pack. So a copy of the blob directory
made after the repozo snapshot holds every blob the snapshot references, unless a pack
removes some in between: do not pack while a backup runs. Files written after the snapshot
are copied too; a restore takes only those of transactions it restores, and then checks that
every blob record of the restored Data.fs has its file.
"""

from pathlib import Path

import argparse
import datetime
import os
import shutil
import subprocess
import sys

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
#: The blob directory's scratch space: never part of a backup.
SCRATCH = "tmp"


def storage_paths(zope_conf):
    """(Data.fs, blob dir or None) of the database mounted at / in the Zope configuration."""
    from Zope2.Startup.options import ZopeWSGIOptions

    config = ZopeWSGIOptions(configfile=str(zope_conf))().configroot
    for database in config.databases:
        if "/" in database.config.mount_points:
            storage = database.config.storage.config
            blob_dir = getattr(storage, "blob_dir", None)
            if getattr(storage, "base", None) is not None:  # <blobstorage> (buildout's)
                storage = storage.base.config
            if not hasattr(storage, "path"):
                raise SystemExit(f"{zope_conf}: the main database is not a FileStorage")
            return Path(storage.path), Path(blob_dir) if blob_dir else None
    raise SystemExit(f"{zope_conf}: no database mounted at /")


def blob_files(blob_dir):
    """(relative path, path) of every file in a blob directory but its scratch space (and
    the ``.part`` files of an interrupted copy)."""
    for dirpath, dirnames, filenames in os.walk(blob_dir):
        if Path(dirpath) == blob_dir and SCRATCH in dirnames:
            dirnames.remove(SCRATCH)
        for name in filenames:
            if name.endswith(".part"):
                continue
            path = Path(dirpath) / name
            yield path.relative_to(blob_dir), path


def copy_file(source, target):
    """Copy to ``target`` through a temporary name: the target is whole or absent."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    shutil.copy2(source, part)
    os.replace(part, target)


def repozo(*args):
    subprocess.run([str(BIN / "repozo"), *args], check=True)


def backup(zope_conf, backup_dir, full=False):
    datafs, blob_dir = storage_paths(zope_conf)
    repository = backup_dir / "filestorage"
    repository.mkdir(parents=True, exist_ok=True)
    before = set(os.listdir(repository))
    # First the snapshot of Data.fs (-Q: checksum only the last increment, not all of Data.fs).
    repozo("--backup", "--full" if full else "--quick", "-r", str(repository), "-f", str(datafs))
    made = sorted(set(os.listdir(repository)) - before)
    kind = "full" if any(n.endswith(".fs") for n in made) else "incremental"
    done = f"{kind} backup ({', '.join(made)})" if made else "no change since the last backup"
    print(f"Data.fs: {done} in {repository}")
    # Then the blobs: after the snapshot, so every blob it references is there (see above).
    if blob_dir is None:
        return 0
    mirror = backup_dir / "blobstorage"
    copied = size = 0
    for relative, path in blob_files(blob_dir):
        target = mirror / relative
        if target.exists() and target.stat().st_size == path.stat().st_size:
            continue  # blob files never change
        try:
            copy_file(path, target)
        except FileNotFoundError:
            continue  # removed by a pack meanwhile (see above); a restore would name it
        copied += relative.suffix == ".blob"
        size += path.stat().st_size
    print(f"Blobs: {copied} new blob files ({size / 1e6:.1f} MB) in {mirror}")
    return 0


def lock(datafs):
    """Take Data.fs's lock, as Zope does; None if a running Zope holds it."""
    import zc.lockfile

    try:
        return zc.lockfile.LockFile(f"{datafs}.lock")
    except zc.lockfile.LockError:
        return None


def has_data(datafs, blob_dir):
    blobs = blob_dir is not None and any(
        relative.name.endswith(".blob") for relative, _ in blob_files(blob_dir)
    )
    return datafs.exists() or blobs


def move_aside(datafs, blob_dir):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for path in (datafs, blob_dir):
        if path is not None and path.exists():
            aside = path.with_name(f"{path.name}.before-restore-{stamp}")
            path.rename(aside)
            print(f"Moved the existing {path} to {aside}")
    for suffix in (".index", ".tmp"):
        Path(f"{datafs}{suffix}").unlink(missing_ok=True)


def last_tid(datafs):
    from ZODB.FileStorage import FileStorage
    from ZODB.utils import u64

    storage = FileStorage(str(datafs), read_only=True)
    try:
        return u64(storage.lastTransaction())
    finally:
        storage.close()


def restore_blobs(mirror, blob_dir, upto):
    """Copy the mirror's blob files of transactions up to ``upto`` (blob files are named
    after their transaction id, ``0x<tid>.blob``)."""
    copied = 0
    for relative, path in blob_files(mirror):
        if relative.suffix == ".blob" and int(relative.stem, 16) > upto:
            continue
        copy_file(path, blob_dir / relative)
        copied += relative.suffix == ".blob"
    return copied


def missing_blobs(datafs, blob_dir):
    """Blob records of the Data.fs whose file is missing: (oid, tid) pairs."""
    from ZODB.blob import is_blob_record
    from ZODB.FileStorage import FileStorage
    from ZODB.POSException import POSKeyError

    storage = FileStorage(str(datafs), blob_dir=str(blob_dir), read_only=True)
    missing = []
    try:
        for transaction in storage.iterator():
            for record in transaction:
                if is_blob_record(record.data):
                    try:
                        storage.loadBlob(record.oid, record.tid)
                    except POSKeyError:
                        missing.append((record.oid, record.tid))
    finally:
        storage.close()
    return missing


def restore(zope_conf, backup_dir, date=None, target=None, force=False):
    if target:
        datafs = Path(target).resolve() / "filestorage" / "Data.fs"
        blob_dir = Path(target).resolve() / "blobstorage"
    else:
        datafs, blob_dir = storage_paths(zope_conf)
    repository, mirror = backup_dir / "filestorage", backup_dir / "blobstorage"
    if not repository.is_dir():
        print(f"No backup in {backup_dir}: run `make backup` first.", file=sys.stderr)
        return 2
    datafs.parent.mkdir(parents=True, exist_ok=True)
    held = lock(datafs)
    if held is None:
        print(
            f"{datafs} is in use by a running Zope (make start / runwsgi): stop it first "
            "(Ctrl-C in its terminal), then run the restore again.",
            file=sys.stderr,
        )
        return 2
    try:
        if has_data(datafs, blob_dir):
            if not force:
                print(
                    f"{datafs} holds a site already. To replace it, run again with FORCE=1 "
                    "(make restore FORCE=1, or --force): the present Data.fs and blobs are "
                    "moved aside, not deleted. Or restore elsewhere with TARGET=dir.",
                    file=sys.stderr,
                )
                return 2
            move_aside(datafs, blob_dir)
        args = ["--recover", "--with-verify", "--repository", str(repository)]
        repozo(*args, "--output", str(datafs), *(["--date", date] if date else []))
        if blob_dir is None:
            print(f"Restored {datafs} (no blob directory configured).")
            return 0
        upto = last_tid(datafs)
        copied = restore_blobs(mirror, blob_dir, upto) if mirror.is_dir() else 0
        missing = missing_blobs(datafs, blob_dir)
    finally:
        held.close()
    from ZODB.TimeStamp import TimeStamp
    from ZODB.utils import p64

    when = TimeStamp(p64(upto))
    print(
        f"Restored {datafs} as of its last transaction, {when} UTC, "
        f"and {copied} blob files into {blob_dir}."
    )
    if missing:
        print(
            f"{len(missing)} blob records have no file (they would fail with POSKeyError "
            f"'No blob file'), e.g. oid {missing[0][0].hex()} of transaction "
            f"{missing[0][1].hex()}: is {mirror} complete?",
            file=sys.stderr,
        )
        return 1
    print("Every blob the restored Data.fs references is in place.")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["backup", "restore"])
    parser.add_argument("--zope-conf", default=str(REPO / "var" / "etc" / "zope.conf"))
    parser.add_argument("--backup-dir", default=str(REPO / "var" / "backups"))
    parser.add_argument("--full", action="store_true", help="backup: a full one, not incremental")
    parser.add_argument("--date", help="restore: the state as of this UTC time (repozo's -D)")
    parser.add_argument("--target", help="restore into DIR/filestorage and DIR/blobstorage")
    parser.add_argument("--force", action="store_true", help="restore: move present data aside")
    args = parser.parse_args(argv)
    backup_dir = Path(args.backup_dir).resolve()
    if args.command == "backup":
        return backup(args.zope_conf, backup_dir, args.full)
    return restore(args.zope_conf, backup_dir, args.date, args.target, args.force)


if __name__ == "__main__":
    sys.exit(main())
