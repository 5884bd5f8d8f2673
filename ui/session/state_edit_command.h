#pragma once
// One undoable edit of a panel's state (lighting, expression, photo set, map
// edits): the state before and after as JSON, and the function that applies a
// state. Panels keep their state serialisable anyway (sessions store it), so
// one command type serves every panel.
#include <functional>
#include <utility>

#include <QJsonObject>
#include <QString>
#include <QUndoCommand>

namespace likeness::ui {

class StateEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const QJsonObject& state)>;

    /// `mergeId` >= 0: consecutive edits with the same id merge into one undo step
    /// (a slider drag is one step); -1 = never merge. `apply` must not push commands
    /// itself (panels block their own signals while applying).
    StateEditCommand(const QString& text, int mergeId, QJsonObject before, QJsonObject after, Apply apply)
        : QUndoCommand(text), m_mergeId(mergeId), m_before(std::move(before)), m_after(std::move(after)),
          m_apply(std::move(apply)) {}

    /// QUndoStack::push() calls redo(): applying the state the panel already shows is harmless.
    void redo() override { m_apply(m_after); }
    void undo() override { m_apply(m_before); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override {
        if (other->id() != m_mergeId || m_mergeId < 0) return false;
        m_after = static_cast<const StateEditCommand*>(other)->m_after;
        return true;
    }
    const QJsonObject& before() const { return m_before; }
    const QJsonObject& after() const { return m_after; }

private:
    int m_mergeId;
    QJsonObject m_before, m_after;
    Apply m_apply;
};

} // namespace likeness::ui
