// Poison (issue 16): see SQLiteCpp/SQLiteCpp.h here.
#error "SQL belongs in gp_store (issue 16): sqlite3ext.h is included outside server/src/store/; call a repository function taking store::Conn& instead"
